package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.sentrakreasi.catalog.domain.ListingFilter;
import org.sentrakreasi.catalog.domain.ProductStatus;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductRepository;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    /** EclipseLink's query hints, by name: the adapter stays on the Jakarta Persistence API. */
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";
    private static final String BIND_PARAMETERS = "eclipselink.jdbc.bind-parameters";

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public Optional<Product> find(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    @Override
    public List<Product> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // The indexer asks for thousands at a time, so the ids are written into the SQL as numbers
        // rather than bound (see SqlLiterals), in this query and in its batch reads.
        return inBatches(em.createQuery("select p from Product p where p.id in :ids", Product.class))
                .setParameter("ids", ids)
                .setHint(BIND_PARAMETERS, false)
                .getResultList();
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        return em.createQuery("select p from Product p where p.sku = :sku", Product.class)
                .setParameter("sku", sku)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Product> findBySlug(String slug) {
        return em.createQuery("select p from Product p where p.slug = :slug", Product.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public Product store(Product product) {
        if (product.id() == null) {
            em.persist(product);
            em.flush();
            return product;
        }
        // Flushed so that the caller sees the new version number (for ETags).
        Product merged = em.merge(product);
        em.flush();
        return merged;
    }

    @Override
    public List<Product> findBySkus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Product p where p.sku in :skus", Product.class)
                .setParameter("skus", skus)
                .getResultList();
    }

    @Override
    public List<Product> findByMaker(long makerId) {
        return em.createQuery("select p from Product p where p.maker.id = :maker", Product.class)
                .setParameter("maker", makerId)
                .getResultList();
    }

    @Override
    public List<Product> publishedByMaker(long makerId, int limit) {
        return inBatches(em.createQuery("select p from Product p where p.maker.id = :maker and p.status = :status"
                        + " order by p.publishedAt desc, p.id desc", Product.class))
                .setParameter("maker", makerId)
                .setParameter("status", ProductStatus.PUBLISHED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void storeAll(Collection<Product> newProducts) {
        newProducts.forEach(em::persist);
        em.flush();
    }

    @Override
    public List<Product> list(ListingFilter filter, int offset, int limit) {
        return bind(em.createQuery("select p from Product p" + where(filter)
                + " order by p.createdAt desc, p.id desc", Product.class), filter)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ListingFilter filter) {
        return bind(em.createQuery("select count(p) from Product p" + where(filter), Long.class), filter)
                .getSingleResult();
    }

    @Override
    public List<Product> publishedAfter(long afterId, int limit) {
        return inBatches(em.createQuery("select p from Product p where p.status = :status and p.id > :after order by p.id",
                        Product.class))
                .setParameter("status", ProductStatus.PUBLISHED)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The pictures, makers and categories of all the products read in one query each (EclipseLink's
     * batch reading), instead of a query per product: the indexer reads hundreds at a time, and one
     * at a time was most of a bulk import's indexing cost.
     */
    private static <T> TypedQuery<T> inBatches(TypedQuery<T> query) {
        return query.setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, "p.images")
                .setHint(BATCH, "p.maker")
                .setHint(BATCH, "p.category");
    }

    private static String where(ListingFilter filter) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (filter.unitId() != null) {
            conditions.add("p.unitId = :unit");
        }
        if (filter.makerId() != null) {
            conditions.add("p.maker.id = :maker");
        }
        if (filter.status() != null) {
            conditions.add("p.status = :status");
        }
        if (filter.text() != null) {
            conditions.add("(lower(p.name) like :text escape '\\' or lower(p.sku) like :text escape '\\')");
        }
        return " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ListingFilter filter) {
        if (filter.unitId() != null) {
            query.setParameter("unit", filter.unitId());
        }
        if (filter.makerId() != null) {
            query.setParameter("maker", filter.makerId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.text() != null) {
            query.setParameter("text", "%" + ProductFilter.escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return query;
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Product p", Long.class).getSingleResult();
    }

    @Override
    public boolean reserveStock(long id, int quantity) {
        return em.createQuery("update Product p set p.stock = p.stock - :quantity, p.version = p.version + 1"
                        + " where p.id = :id and p.status = :published and p.stock >= :quantity")
                .setParameter("quantity", quantity)
                .setParameter("id", id)
                .setParameter("published", ProductStatus.PUBLISHED)
                .executeUpdate() == 1;
    }

    @Override
    public void releaseStock(long id, int quantity) {
        em.createQuery("update Product p set p.stock = p.stock + :quantity, p.version = p.version + 1 where p.id = :id")
                .setParameter("quantity", quantity)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public OptionalInt availableStock(long id) {
        return em.createQuery("select p.status, p.stock from Product p where p.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .map(row -> OptionalInt.of(row[0] == ProductStatus.PUBLISHED ? (Integer) row[1] : 0))
                .orElse(OptionalInt.empty());
    }
}
