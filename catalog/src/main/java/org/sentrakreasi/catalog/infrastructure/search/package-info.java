/**
 * Search engine adapters of the catalog read model (embedded Lucene, Elasticsearch): each answers
 * {@code ProductSearch} and feeds from {@code SearchIndex}, and each is held to the test suite
 * {@code SearchContract}. The database stays the source of truth; an index can always be rebuilt.
 */
package org.sentrakreasi.catalog.infrastructure.search;
