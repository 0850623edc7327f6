package org.sentrakreasi.catalog.domain;

/** Listing life cycle: a maker drafts, submits for moderation, a coordinator publishes or rejects. */
public enum ProductStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED, ARCHIVED
}
