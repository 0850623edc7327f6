/** Technical adapters of the catalog context. */
package org.sentrakreasi.catalog.infrastructure;
