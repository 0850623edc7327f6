package org.sentrakreasi.catalog.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: open a public maker profile in a unit. */
public record NewMaker(
        @NotBlank @Size(max = 120) String displayName,
        @NotNull Long unitId,
        @Size(max = 120) String region,
        @Size(max = 4000) String story) {
}
