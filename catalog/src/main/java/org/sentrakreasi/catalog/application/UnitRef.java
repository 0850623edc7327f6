package org.sentrakreasi.catalog.application;

/** The Balai or LKS a product comes from, as shown to shoppers. */
public record UnitRef(String id, String code, String name) {
}
