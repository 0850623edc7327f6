package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
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
    public List<Maker> findByDisplayNames(long unitId, Collection<String> displayNames) {
        if (displayNames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Maker m where m.unitId = :unit and m.displayName in :names", Maker.class)
                .setParameter("unit", unitId)
                .setParameter("names", displayNames)
                .getResultList();
    }

    @Override
    public void add(Maker maker) {
        em.persist(maker);
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
