package org.sentrakreasi.catalog.application;

import java.util.List;

/** One page of a product listing with the facets of the whole result. */
public record ProductPage(long total, int page, int size, List<ProductSummary> items, Facets facets) {
}
