package org.sentrakreasi.catalog.application;

/**
 * A published product as an order records it: what it is called and costs now, and whose it is
 * (maker and unit), so that the sale is attributed even if the listing changes later; with the
 * stock last committed, which may be gone by the time the order takes it.
 */
public record OrderableProduct(long id, String name, long price, long makerId, long unitId, int stock) {
}
