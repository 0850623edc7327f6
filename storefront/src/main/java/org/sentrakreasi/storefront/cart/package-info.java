/**
 * The shopper's cart: which products and how many, kept in the session and nothing else; names,
 * prices and stock are read from the catalog whenever the cart is shown or checked out.
 */
package org.sentrakreasi.storefront.cart;
