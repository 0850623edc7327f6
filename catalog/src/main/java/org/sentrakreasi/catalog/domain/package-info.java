/** Catalog aggregates (products, makers, categories), their rules and repository ports; no framework code beyond JPA mapping. */
package org.sentrakreasi.catalog.domain;
