package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sentrakreasi.vocational.domain.UnitType;

/** Command: register a Balai, Loka or LKS. */
public record NewUnit(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,40}") String code,
        @NotBlank @Size(max = 160) String name,
        @NotNull UnitType type,
        @NotBlank @Size(max = 120) String region) {
}
