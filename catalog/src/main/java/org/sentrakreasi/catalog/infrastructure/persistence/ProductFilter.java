package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.domain.ProductStatus;

/**
 * The JPQL condition of a product query: published only, plus the shopper's filters. Parameters are
 * always bound, never concatenated.
 */
final class ProductFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    ProductFilter(ProductQuery query) {
        add("p.status = :status", "status", ProductStatus.PUBLISHED);
        if (query.hasText()) {
            add("(lower(p.name) like :text escape '\\' or lower(p.description) like :text escape '\\')", "text",
                    "%" + escapeLike(query.q().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.category() != null) {
            add("p.category.code = :category", "category", query.category());
        }
        if (query.region() != null) {
            add("p.region = :region", "region", query.region());
        }
        if (query.maker() != null) {
            add("p.maker.id = :maker", "maker", query.maker());
        }
        if (query.minPrice() != null) {
            add("p.price >= :minPrice", "minPrice", query.minPrice());
        }
        if (query.maxPrice() != null) {
            add("p.price <= :maxPrice", "maxPrice", query.maxPrice());
        }
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    String where() {
        return " where " + String.join(" and ", conditions);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    <T> TypedQuery<T> create(EntityManager em, String selectFrom, String tail, Class<T> type) {
        return bind(em.createQuery(selectFrom + where() + tail, type));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
