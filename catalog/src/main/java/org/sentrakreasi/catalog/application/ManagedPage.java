package org.sentrakreasi.catalog.application;

import java.util.List;

/** One page of the back-office listing list. */
public record ManagedPage(long total, int page, int size, List<ManagedProduct> items) {
}
