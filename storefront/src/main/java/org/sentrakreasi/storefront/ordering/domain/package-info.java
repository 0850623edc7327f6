/** The order aggregate (lines, status history), its rules and the repository port. */
package org.sentrakreasi.storefront.ordering.domain;
