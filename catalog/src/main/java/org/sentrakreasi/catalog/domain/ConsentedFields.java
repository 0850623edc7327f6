package org.sentrakreasi.catalog.domain;

/**
 * What a person consented to show on their maker profile: a null value (or {@code photo} false)
 * is not consented and is not shown.
 */
public record ConsentedFields(String displayName, String story, String region, boolean photo) {
}
