/**
 * The public storefront pages behind their readable addresses (see {@code web.PublicAddresses}):
 * search and category pages, product page, maker page and cart. Views under
 * {@code WEB-INF/shop/}; they call the catalog's application layer (the search port for lists)
 * and the storefront's cart.
 */
package org.sentrakreasi.storefront.web.shop;
