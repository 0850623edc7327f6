package org.sentrakreasi.catalog.domain;

import java.util.Optional;

/** Port: where public maker profiles are kept. */
public interface MakerRepository {

    Optional<Maker> find(long id);

    Optional<Maker> findByDisplayName(long unitId, String displayName);

    Maker store(Maker maker);
}
