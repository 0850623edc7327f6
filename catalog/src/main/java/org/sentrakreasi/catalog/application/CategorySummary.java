package org.sentrakreasi.catalog.application;

/** A category with how many published products it has. */
public record CategorySummary(String code, String label, long productCount) {
}
