/** In-memory doubles of the ordering ports, for tests of the application layer. */
package org.sentrakreasi.storefront.ordering.testing;
