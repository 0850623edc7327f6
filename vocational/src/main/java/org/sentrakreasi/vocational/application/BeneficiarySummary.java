package org.sentrakreasi.vocational.application;

import java.time.LocalDate;
import java.util.List;

/** A search result for the unit's staff; the NIK masked. {@code cluster} is the ATENSI cluster's name. */
public record BeneficiarySummary(String id, String unitId, String fullName, String nik, String gender,
                                 LocalDate birthDate, String cluster) {

    /** The names of the private fields a result shows, for the audit log. */
    static final List<String> FIELDS = List.of("fullName", "nik", "gender", "birthDate", "cluster");
}
