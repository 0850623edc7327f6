package org.sentrakreasi.catalog.application;

import java.util.List;
import java.util.Locale;

/** Port: every category with its number of published products, in display order. */
public interface CategoryStatistics {

    List<CategorySummary> categories(Locale locale);
}
