/**
 * Analysis components for the Elasticsearch test server only. The integ-test-zip distribution
 * that the build can download lacks the {@code analysis-common} module, so the catalog mapping's
 * {@code indonesian} analyzer and {@code edge_ngram} filter would not exist there. These factories
 * register the same names over the Lucene classes the server already ships, so tests run the very
 * mapping that production (a full Elasticsearch, where the names are built in) uses.
 */
package org.sentrakreasi.deploy.elasticsearch.analysis;
