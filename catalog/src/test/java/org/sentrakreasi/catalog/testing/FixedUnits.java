package org.sentrakreasi.catalog.testing;

import java.util.Arrays;
import java.util.Optional;
import org.sentrakreasi.catalog.application.UnitDirectory;
import org.sentrakreasi.catalog.application.UnitRef;

/** {@link UnitDirectory} that knows exactly these units (by their numeric id and code). */
public final class FixedUnits implements UnitDirectory {

    private final UnitRef[] units;

    public FixedUnits(UnitRef... units) {
        this.units = units.clone();
    }

    @Override
    public Optional<UnitRef> find(long unitId) {
        return Arrays.stream(units).filter(unit -> unit.id().equals(String.valueOf(unitId))).findFirst();
    }

    @Override
    public Optional<UnitRef> findByCode(String code) {
        return Arrays.stream(units).filter(unit -> unit.code().equals(code)).findFirst();
    }
}
