package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Command: the public maker profile a beneficiary wants. Only what is consented is published:
 * {@code displayName} (may be a chosen name) needs DISPLAY_NAME consent and is required;
 * {@code story}, {@code showPhoto} and {@code region} (default: the unit's region) are left off
 * without their consent.
 */
public record NewMakerProfile(@NotBlank @Size(max = 120) String displayName, @Size(max = 4000) String story,
                              Boolean showPhoto, @Size(max = 120) String region) {
}
