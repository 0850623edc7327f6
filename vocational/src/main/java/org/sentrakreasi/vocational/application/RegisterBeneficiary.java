package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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
}
