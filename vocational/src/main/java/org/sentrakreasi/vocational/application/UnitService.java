package org.sentrakreasi.vocational.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.sentrakreasi.vocational.domain.DuplicateKeyException;
import org.sentrakreasi.vocational.domain.Unit;
import org.sentrakreasi.vocational.domain.UnitRepository;

/** Units: registering them and reading them. */
@ApplicationScoped
@Transactional
public class UnitService {

    private UnitRepository units;

    protected UnitService() {
        // for CDI proxies
    }

    @Inject
    public UnitService(UnitRepository units) {
        this.units = units;
    }

    /** Registers the unit unless one with that code exists; returns its id either way. */
    public long ensureUnit(@NotNull @Valid NewUnit command) {
        return units.findByCode(command.code())
                .orElseGet(() -> units.store(new Unit(command.code(), command.name(), command.type(), command.region())))
                .id();
    }

    /**
     * Registers a new unit: admins only.
     *
     * @throws AlreadyRegisteredException when a unit has that code
     */
    public UnitSummary register(@NotNull @Valid Staff staff, @NotNull @Valid NewUnit command) {
        staff.requireAdmin();
        if (units.findByCode(command.code()).isPresent()) {
            throw codeTaken(command);
        }
        try {
            return summary(units.store(new Unit(command.code(), command.name(), command.type(), command.region())));
        } catch (DuplicateKeyException raced) {
            throw codeTaken(command);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitSummary> all() {
        return units.all().stream().map(UnitService::summary).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitSummary> find(long id) {
        return units.find(id).map(UnitService::summary);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitSummary> findByCode(String code) {
        return units.findByCode(code).map(UnitService::summary);
    }

    private static UnitSummary summary(Unit unit) {
        return new UnitSummary(String.valueOf(unit.id()), unit.code(), unit.name(), unit.type().name(), unit.region());
    }

    private static AlreadyRegisteredException codeTaken(NewUnit command) {
        return new AlreadyRegisteredException("A unit with code " + command.code().strip() + " exists already");
    }
}
