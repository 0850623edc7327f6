/**
 * Search engine adapters of the catalog's search ports ({@code ProductSearch}, {@code SearchIndex}):
 * a rebuildable read model of published products. The database stays the source of truth.
 */
package org.sentrakreasi.catalog.infrastructure.search;
