package org.sentrakreasi.catalog.application;

/** A maker as named on a product: the consented display name only. */
public record MakerRef(String id, String name) {
}
