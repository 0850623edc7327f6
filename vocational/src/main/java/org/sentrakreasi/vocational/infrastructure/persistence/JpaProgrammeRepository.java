package org.sentrakreasi.vocational.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.sentrakreasi.vocational.domain.Programme;
import org.sentrakreasi.vocational.domain.ProgrammeRepository;

@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public Optional<Programme> find(long id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }

    @Override
    public Optional<Programme> findByName(String name) {
        return em.createQuery("select p from Programme p where p.name = :name", Programme.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<Programme> all() {
        return em.createQuery("select p from Programme p order by p.name", Programme.class).getResultList();
    }

    @Override
    public Programme add(Programme programme) {
        em.persist(programme);
        UniqueViolation.flushOrThrow(em);
        return programme;
    }
}
