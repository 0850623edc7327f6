package org.sentrakreasi.catalog.domain;

/** Which listings a back-office list shows; null means "any". */
public record ListingFilter(Long unitId, Long makerId, ProductStatus status, String text) {
}
