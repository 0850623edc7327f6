/** Chooses the search backend from configuration and keeps its index in step (outbox draining, rebuilds). */
package org.sentrakreasi.storefront.search;
