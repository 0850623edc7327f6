package org.sentrakreasi.storefront.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.sentrakreasi.catalog.application.UnitDirectory;
import org.sentrakreasi.catalog.application.UnitRef;
import org.sentrakreasi.vocational.application.UnitService;
import org.sentrakreasi.vocational.application.UnitSummary;

/** Catalog asks for a unit's public name; vocational owns units. Only code and name cross over. */
@ApplicationScoped
public class VocationalUnitDirectory implements UnitDirectory {

    @Inject
    UnitService units;

    @Override
    public Optional<UnitRef> find(long unitId) {
        return units.find(unitId).map(VocationalUnitDirectory::ref);
    }

    @Override
    public Optional<UnitRef> findByCode(String code) {
        return units.findByCode(code).map(VocationalUnitDirectory::ref);
    }

    private static UnitRef ref(UnitSummary unit) {
        return new UnitRef(unit.id(), unit.code(), unit.name());
    }
}
