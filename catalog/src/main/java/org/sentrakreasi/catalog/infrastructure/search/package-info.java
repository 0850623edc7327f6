/** Search engine adapters of the catalog read model (embedded Lucene, Elasticsearch) and the database-only index; each answers {@code ProductSearch} and feeds from {@code SearchIndex}. */
package org.sentrakreasi.catalog.infrastructure.search;
