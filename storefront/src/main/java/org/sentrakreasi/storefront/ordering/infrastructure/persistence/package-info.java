/** JPA adapters of the ordering ports. */
package org.sentrakreasi.storefront.ordering.infrastructure.persistence;
