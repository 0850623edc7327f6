package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.MakerRepository;

@ApplicationScoped
public class JpaMakerRepository implements MakerRepository {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public Optional<Maker> find(long id) {
        return Optional.ofNullable(em.find(Maker.class, id));
    }

    @Override
    public Optional<Maker> findByDisplayName(long unitId, String displayName) {
        return em.createQuery("select m from Maker m where m.unitId = :unit and m.displayName = :name", Maker.class)
                .setParameter("unit", unitId)
                .setParameter("name", displayName)
                .getResultStream().findFirst();
    }

    @Override
    public Maker store(Maker maker) {
        if (maker.id() == null) {
            em.persist(maker);
            em.flush();
            return maker;
        }
        return em.merge(maker);
    }
}
