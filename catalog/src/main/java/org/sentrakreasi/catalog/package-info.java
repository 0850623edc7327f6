/** Catalog bounded context: what makers offer and what shoppers may find. */
package org.sentrakreasi.catalog;
