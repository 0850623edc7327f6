package org.sentrakreasi.catalog.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a maker or coordinator fills in for a listing, on the form page or as API JSON. {@code sku}
 * is optional on creation (one is generated); {@code makerId} is required from coordinators and
 * ignored for makers, who always list as themselves. A revision may repeat the listing's sku and
 * maker but not change them.
 */
public record ListingForm(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{sentrakreasi.validation.sku}") String sku,
        @NotBlank @Size(max = 160) String name,
        @Size(max = 4000) String description,
        @Size(max = 4000) String story,
        @Size(max = 1000) String materials,
        @NotBlank @Size(max = 40) String category,
        @NotNull @PositiveOrZero @Max(MAX_PRICE) Long price,
        @NotNull @PositiveOrZero @Max(MAX_STOCK) Integer stock,
        String makerId) {

    /** Rupiah; the same bound for the form, the API and the CSV import. */
    public static final long MAX_PRICE = 1_000_000_000L;
    public static final int MAX_STOCK = 1_000_000;
}
