package org.sentrakreasi.catalog.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Command: a maker lists a product (it starts as a draft). */
public record NewListing(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 160) String name,
        @Size(max = 4000) String description,
        @Size(max = 4000) String story,
        @NotBlank String category,
        @NotNull Long makerId,
        @PositiveOrZero long price,
        @PositiveOrZero int stock,
        @NotNull List<String> imageFileNames) {
}
