package org.sentrakreasi.catalog.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: show a beneficiary's maker profile in a unit with exactly the consented fields. A null
 * field (or {@code showPhoto} false) is not consented and is not shown.
 *
 * @param beneficiaryRef the opaque reference of the beneficiary, never anything that identifies them
 */
public record PublishMakerProfile(
        @NotBlank @Size(max = 64) String beneficiaryRef,
        @NotNull Long unitId,
        @Size(max = 120) String displayName,
        @Size(max = 4000) String story,
        @Size(max = 120) String region,
        boolean showPhoto) {
}
