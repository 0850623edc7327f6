/** Adapters that connect the catalog and vocational contexts without either depending on the other. */
package org.sentrakreasi.storefront.integration;
