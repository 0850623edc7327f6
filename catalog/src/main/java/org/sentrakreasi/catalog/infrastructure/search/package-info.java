/** Search engine adapters of the catalog read model (embedded Lucene, Elasticsearch) and the database-only variant. */
package org.sentrakreasi.catalog.infrastructure.search;
