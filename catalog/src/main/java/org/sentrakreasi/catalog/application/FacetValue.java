package org.sentrakreasi.catalog.application;

/** One value of a facet with how many matching products have it. */
public record FacetValue(String value, String label, long count) {
}
