/**
 * The Elasticsearch adapter of the search ports. {@code ElasticsearchCatalogIndex} is the only
 * public type; the mapping (analysis, fields, version) lives in
 * {@code src/main/resources/elasticsearch/products-v<n>.json}. Readers and writers always go
 * through an alias named after the configured prefix; a rebuild fills a fresh versioned index and
 * swaps the alias in one step.
 */
package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;
