package org.sentrakreasi.vocational.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sentrakreasi.vocational.domain.Unit;
import org.sentrakreasi.vocational.domain.UnitRepository;

@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public Optional<Unit> find(long id) {
        return Optional.ofNullable(em.find(Unit.class, id));
    }

    @Override
    public Optional<Unit> findByCode(String code) {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public List<Unit> all() {
        return em.createQuery("select u from Unit u order by u.name", Unit.class).getResultList();
    }

    @Override
    public Unit store(Unit unit) {
        if (unit.id() == null) {
            em.persist(unit);
            UniqueViolation.flushOrThrow(em);
            return unit;
        }
        return em.merge(unit);
    }
}
