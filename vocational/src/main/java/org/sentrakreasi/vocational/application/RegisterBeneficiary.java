package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sentrakreasi.vocational.domain.Cluster;
import org.sentrakreasi.vocational.domain.Gender;

/**
 * Command: register a person with a unit. {@code nik} may be absent (people without identity
 * documents); present, it must agree with the birth date and gender. A minor needs a guardian,
 * who consents to the registration ({@code guardianConsent}).
 */
public record RegisterBeneficiary(
        @NotBlank @Size(max = 160) String fullName,
        String nik,
        @NotNull Gender gender,
        @NotNull LocalDate birthDate,
        @NotNull Cluster cluster,
        @NotNull Long unitId,
        @Size(max = 160) String guardianName,
        Boolean guardianConsent,
        @Size(max = 500) String address,
        @Size(max = 30) String phone,
        @Size(max = 4000) String notes) {

    /** The genders a form offers, as {@link #fromForm} takes them: {@code F}, {@code M}. */
    public static final List<String> GENDERS = Arrays.stream(Gender.values()).map(Enum::name).toList();

    /** The ATENSI clusters a form offers, as {@link #fromForm} takes them. */
    public static final List<String> CLUSTERS = Arrays.stream(Cluster.values()).map(Enum::name).toList();

    /**
     * The command from a form's texts: {@code gender} and {@code cluster} by name (blank is
     * missing, for validation to report).
     *
     * @throws org.sentrakreasi.vocational.domain.InvalidValueException naming the field when a name is none of the choices
     */
    public static RegisterBeneficiary fromForm(String fullName, String nik, String gender, LocalDate birthDate,
                                               String cluster, Long unitId, String guardianName,
                                               Boolean guardianConsent, String address, String phone, String notes) {
        return new RegisterBeneficiary(fullName, nik, Choices.optional(Gender.class, "gender", gender), birthDate,
                Choices.optional(Cluster.class, "cluster", cluster), unitId, guardianName, guardianConsent, address,
                phone, notes);
    }
}
