package org.sentrakreasi.vocational.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A beneficiary's record for the unit's staff: private data, every read audited. The NIK is
 * masked (last four digits) as on every staff screen; {@code consents} is the current decision
 * per public field.
 */
public record BeneficiaryDetails(String id, String unitId, String fullName, String nik, String gender,
                                 LocalDate birthDate, String cluster, String address, String phone,
                                 String guardianName, String notes, Map<String, Boolean> consents) {

    /** The names of the private fields a read returns, for the audit log. */
    static final List<String> FIELDS = List.of("fullName", "nik", "gender", "birthDate",
            "cluster", "address", "phone", "guardianName", "notes", "consents");
}
