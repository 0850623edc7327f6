package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sentrakreasi.catalog.application.CategoryStatistics;
import org.sentrakreasi.catalog.application.CategorySummary;
import org.sentrakreasi.catalog.domain.CategoryRepository;
import org.sentrakreasi.catalog.domain.ProductStatus;

@ApplicationScoped
public class JpaCategoryStatistics implements CategoryStatistics {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Inject
    CategoryRepository categories;

    @Override
    public List<CategorySummary> categories(Locale locale) {
        Map<String, Long> counts = em.createQuery(
                        "select p.category.code, count(p) from Product p where p.status = :status group by p.category.code",
                        Object[].class)
                .setParameter("status", ProductStatus.PUBLISHED)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        return categories.all().stream()
                .map(c -> new CategorySummary(c.code(), c.label(locale), counts.getOrDefault(c.code(), 0L)))
                .toList();
    }
}
