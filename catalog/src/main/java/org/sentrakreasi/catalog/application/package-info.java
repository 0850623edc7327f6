/** Catalog use cases and read-side queries; the only catalog package web and REST adapters may import. */
package org.sentrakreasi.catalog.application;
