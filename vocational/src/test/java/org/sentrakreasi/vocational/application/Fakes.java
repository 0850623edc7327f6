package org.sentrakreasi.vocational.application;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sentrakreasi.vocational.domain.Beneficiary;
import org.sentrakreasi.vocational.domain.BeneficiaryRepository;
import org.sentrakreasi.vocational.domain.Nik;
import org.sentrakreasi.vocational.domain.Unit;
import org.sentrakreasi.vocational.domain.UnitRepository;

/** In-memory ports for application tests; ids are given as the database would. */
final class Fakes {

    private Fakes() {
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Beneficiaries implements BeneficiaryRepository {
        final Map<Long, Beneficiary> byId = new LinkedHashMap<>();

        @Override
        public Optional<Beneficiary> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Beneficiary getForChange(long id) {
            return get(id);
        }

        @Override
        public Optional<Beneficiary> findByNik(Nik nik) {
            return byId.values().stream().filter(b -> b.nik().map(nik::equals).orElse(false)).findFirst();
        }

        @Override
        public List<Beneficiary> searchByName(String nameFragment, Long unitId, int limit) {
            return byId.values().stream()
                    .filter(b -> b.fullName().toLowerCase().contains(nameFragment.toLowerCase()))
                    .filter(b -> unitId == null || b.unitId().equals(unitId))
                    .limit(limit).toList();
        }

        @Override
        public Beneficiary add(Beneficiary beneficiary) {
            byId.put(byId.size() + 1L, withId(beneficiary, byId.size() + 1L));
            return beneficiary;
        }
    }

    static final class Units implements UnitRepository {
        private final Map<Long, Unit> byId = new LinkedHashMap<>();

        Units with(long id, Unit unit) {
            byId.put(id, withId(unit, id));
            return this;
        }

        @Override
        public Optional<Unit> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Unit> findByCode(String code) {
            return byId.values().stream().filter(u -> u.code().equals(code)).findFirst();
        }

        @Override
        public List<Unit> all() {
            return List.copyOf(byId.values());
        }

        @Override
        public Unit store(Unit unit) {
            return unit;
        }
    }

    static final class Audit implements AuditLog {
        final List<AuditEvent> events = new ArrayList<>();

        @Override
        public void record(AuditEvent event) {
            events.add(event);
        }

        @Override
        public List<AuditEvent> page(Long beneficiaryId, int page, int size) {
            return List.copyOf(events);
        }

        @Override
        public long count(Long beneficiaryId) {
            return events.size();
        }
    }
}
