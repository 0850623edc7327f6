package org.sentrakreasi.catalog.application;

import java.util.Optional;

/**
 * Port: names of the units products come from. The units belong to the vocational context; the
 * web application wires an adapter so that catalog never depends on vocational.
 */
public interface UnitDirectory {

    Optional<UnitRef> find(long unitId);

    Optional<UnitRef> findByCode(String code);
}
