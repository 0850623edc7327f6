/**
 * Ordering: shoppers' orders of published products, their handling by the units' coordinators
 * and the makers' income from them. A small context inside the web application: it takes stock
 * through the catalog's {@code StockService} and records maker and unit ids, never an entity of
 * another context.
 */
package org.sentrakreasi.storefront.ordering;
