package org.sentrakreasi.catalog.application;

import java.util.List;

/** Facet counts over all products matching a query (not only the current page). */
public record Facets(List<FacetValue> category, List<FacetValue> region, List<PriceRange> price) {
}
