package org.sentrakreasi.catalog.application;

import java.util.List;
import java.util.Locale;

/**
 * Port: finds published products (the read side of search). The database adapter answers straight from the tables; search
 * engine adapters (embedded Lucene, Elasticsearch) implement the same contract.
 */
public interface ProductSearch {

    ProductPage search(ProductQuery query, Locale locale);

    /** Up to {@code limit} completions of what a shopper has typed: product names and category labels. */
    List<String> suggest(String prefix, Locale locale, int limit);
}
