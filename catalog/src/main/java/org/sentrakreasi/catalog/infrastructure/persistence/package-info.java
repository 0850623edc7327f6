/** JPA adapters implementing the catalog repository ports. */
package org.sentrakreasi.catalog.infrastructure.persistence;
