package org.sentrakreasi.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: where public maker profiles are kept. */
public interface MakerRepository {

    Optional<Maker> find(long id);

    /** The maker at this public address. */
    Optional<Maker> findBySlug(String slug);

    Optional<Maker> findByDisplayName(long unitId, String displayName);

    /** The maker profile of a beneficiary (at most one, by its opaque reference). */
    Optional<Maker> findByBeneficiaryRef(String beneficiaryRef);

    /** Those of these beneficiary references whose maker has at least one published listing, in one query. */
    Set<String> withPublishedListings(Collection<String> beneficiaryRefs);

    Maker store(Maker maker);

    /** The makers of a unit with these display names (those that exist), read in one go. */
    List<Maker> findByDisplayNames(long unitId, Collection<String> displayNames);

    /** Keeps a new maker; it is written with the next flush or commit (for bulk work). */
    void add(Maker maker);
}
