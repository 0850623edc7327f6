package org.sentrakreasi.catalog.testing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.MakerRepository;
import org.sentrakreasi.catalog.domain.Product;

/** {@link MakerRepository} in a map; answers questions about listings from the given products. */
public final class InMemoryMakers implements MakerRepository {

    private final Map<Long, Maker> byId = new TreeMap<>();
    private final InMemoryProducts products;
    private long nextId = 1;

    public InMemoryMakers(InMemoryProducts products) {
        this.products = products;
    }

    @Override
    public Optional<Maker> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Maker> findBySlug(String slug) {
        return byId.values().stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    /** A stored maker, for a test to look at or to prepare. */
    public Maker get(long id) {
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Maker> findByDisplayName(long unitId, String displayName) {
        return findByDisplayNames(unitId, List.of(displayName)).stream().findFirst();
    }

    @Override
    public Optional<Maker> findByBeneficiaryRef(String beneficiaryRef) {
        return byId.values().stream().filter(m -> m.beneficiaryRef().filter(beneficiaryRef::equals).isPresent())
                .findFirst();
    }

    @Override
    public Set<String> withPublishedListings(Collection<String> beneficiaryRefs) {
        return products.all().stream().filter(Product::isPublished)
                .map(p -> p.maker().beneficiaryRef()).flatMap(Optional::stream)
                .filter(beneficiaryRefs::contains).collect(Collectors.toSet());
    }

    @Override
    public Maker store(Maker maker) {
        if (maker.id() == null) {
            Ids.assign(maker, nextId++);
        }
        byId.put(maker.id(), maker);
        return maker;
    }

    @Override
    public List<Maker> findByDisplayNames(long unitId, Collection<String> displayNames) {
        return byId.values().stream().filter(m -> m.unitId() == unitId && displayNames.contains(m.displayName()))
                .toList();
    }

    @Override
    public void add(Maker maker) {
        store(maker);
    }
}
