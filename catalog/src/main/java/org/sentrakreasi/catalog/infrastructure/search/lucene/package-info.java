/** The embedded Lucene index of published products, kept in a folder of the application's data directory. */
package org.sentrakreasi.catalog.infrastructure.search.lucene;
