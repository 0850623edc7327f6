package org.sentrakreasi.vocational.domain;

import java.util.List;
import java.util.Optional;

/** Port: where units are kept. */
public interface UnitRepository {

    Optional<Unit> find(long id);

    Optional<Unit> findByCode(String code);

    List<Unit> all();

    /** @throws DuplicateKeyException when a new unit's code was taken by another request at the same moment */
    Unit store(Unit unit);
}
