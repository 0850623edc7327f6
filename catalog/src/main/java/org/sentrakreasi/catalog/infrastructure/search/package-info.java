/** Search engine adapters of the catalog read model: each answers {@code ProductSearch} and feeds from {@code SearchIndex}. */
package org.sentrakreasi.catalog.infrastructure.search;
