package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.sentrakreasi.catalog.domain.Category;
import org.sentrakreasi.catalog.domain.CategoryRepository;

@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public Optional<Category> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Category.class, code));
    }

    @Override
    public List<Category> all() {
        return em.createQuery("select c from Category c order by c.position", Category.class).getResultList();
    }
}
