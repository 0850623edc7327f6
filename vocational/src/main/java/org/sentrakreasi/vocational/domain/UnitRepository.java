package org.sentrakreasi.vocational.domain;

import java.util.List;
import java.util.Optional;

/** Port: where units are kept. */
public interface UnitRepository {

    Optional<Unit> find(long id);

    Optional<Unit> findByCode(String code);

    List<Unit> all();

    Unit store(Unit unit);
}
