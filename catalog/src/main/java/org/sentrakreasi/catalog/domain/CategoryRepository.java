package org.sentrakreasi.catalog.domain;

import java.util.List;
import java.util.Optional;

/** Port: the category list (codes are created by migrations). */
public interface CategoryRepository {

    Optional<Category> find(String code);

    List<Category> all();
}
