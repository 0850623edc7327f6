package org.sentrakreasi.catalog.application;

/** Why one line of an import was not applied; {@code line} counts the header as line 1. */
public record RowError(long line, String message) {
}
