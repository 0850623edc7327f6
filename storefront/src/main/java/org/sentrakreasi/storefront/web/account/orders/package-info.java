/**
 * The coordinators' order pages under {@code /akun/pesanan/}: the unit's order list and an order's
 * page with its steps, calling the ordering application layer with the signed-in {@code Actor}.
 */
package org.sentrakreasi.storefront.web.account.orders;
