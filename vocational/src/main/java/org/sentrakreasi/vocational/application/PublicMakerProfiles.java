package org.sentrakreasi.vocational.application;

import org.sentrakreasi.vocational.domain.ConsentField;

/**
 * The public maker profile of a beneficiary, kept outside this context (the catalog): the
 * vocational side decides what is consented, the other side shows it. Linked only by an opaque
 * reference, never by an entity.
 */
public interface PublicMakerProfiles {

    /**
     * Creates the public maker profile of {@code beneficiaryRef} in {@code unitId}, or replaces the
     * fields of the existing one, showing exactly {@code fields}.
     *
     * @return the maker id
     */
    long publish(String beneficiaryRef, long unitId, PublicFields fields);

    /**
     * Takes {@code field} off the public profile at once: from every public page, public JSON and the
     * search index. Nothing happens when the beneficiary has no profile.
     */
    void withdraw(String beneficiaryRef, ConsentField field);
}
