package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.MakerRepository;
import org.sentrakreasi.catalog.domain.ProductStatus;

@ApplicationScoped
public class JpaMakerRepository implements MakerRepository {

    private static final int NAMES_PER_QUERY = 50;

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public Optional<Maker> find(long id) {
        return Optional.ofNullable(em.find(Maker.class, id));
    }

    @Override
    public Optional<Maker> findBySlug(String slug) {
        return em.createQuery("select m from Maker m where m.slug = :slug", Maker.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
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
        // Names are bound, so H2 compares each maker it finds with every name of the list in turn; an
        // import batch names hundreds of makers, hence a few dozen names per query.
        List<String> names = List.copyOf(displayNames);
        List<Maker> found = new ArrayList<>();
        for (int from = 0; from < names.size(); from += NAMES_PER_QUERY) {
            found.addAll(em.createQuery("select m from Maker m where m.unitId = :unit and m.displayName in :names",
                            Maker.class)
                    .setParameter("unit", unitId)
                    .setParameter("names", names.subList(from, Math.min(names.size(), from + NAMES_PER_QUERY)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public Optional<Maker> findByBeneficiaryRef(String beneficiaryRef) {
        return em.createQuery("select m from Maker m where m.beneficiaryRef = :ref", Maker.class)
                .setParameter("ref", beneficiaryRef)
                .getResultStream().findFirst();
    }

    @Override
    public List<Maker> findByBeneficiaryRefs(Collection<String> beneficiaryRefs) {
        if (beneficiaryRefs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Maker m where m.beneficiaryRef in :refs", Maker.class)
                .setParameter("refs", beneficiaryRefs)
                .getResultList();
    }

    @Override
    public Set<String> withPublishedListings(Collection<String> beneficiaryRefs) {
        if (beneficiaryRefs.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct m.beneficiaryRef from Product p join p.maker m"
                        + " where m.beneficiaryRef in :refs and p.status = :published", String.class)
                .setParameter("refs", beneficiaryRefs)
                .setParameter("published", ProductStatus.PUBLISHED)
                .getResultList());
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
