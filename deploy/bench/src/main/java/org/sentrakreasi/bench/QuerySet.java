package org.sentrakreasi.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed searches every run measures, with the parameters of API.md's product list. They mix
 * what shoppers type (one or two words, Indonesian affixes the stemmer must undo, typos the fuzzy
 * match must forgive) with what the storefront sends (category, price band, region, sort, later
 * pages), so that neither cheap browses nor expensive fuzzy queries alone decide the figures.
 * Terms and regions come from {@link ProductVocabulary} and {@link Region}, so every query matches.
 */
public final class QuerySet {

    static final String PAGE_SIZE = "24";

    private QuerySet() {
    }

    public static List<SearchRequest> standard() {
        List<SearchRequest> requests = new ArrayList<>();
        // one word
        add(requests, "one word", "q", "keripik");
        add(requests, "one word", "q", "batik");
        add(requests, "one word", "q", "kopi");
        add(requests, "one word", "q", "sabun");
        add(requests, "one word", "q", "rotan");
        add(requests, "one word", "q", "wayang");
        add(requests, "one word", "q", "tenun");
        // two or three words
        add(requests, "two words", "q", "keripik pisang");
        add(requests, "two words", "q", "kopi robusta");
        add(requests, "two words", "q", "tas anyaman");
        add(requests, "two words", "q", "batik tulis");
        add(requests, "two words", "q", "gantungan kunci");
        add(requests, "two words", "q", "keset perca");
        add(requests, "two words", "q", "madu hutan");
        add(requests, "three words", "q", "sabun sereh wangi");
        add(requests, "two words", "q", "kopi temanggung");
        // stem variants: affixed forms that only match through the Indonesian stemmer
        add(requests, "stem", "q", "menganyam");
        add(requests, "stem", "q", "anyam");
        add(requests, "stem", "q", "dibatik");
        add(requests, "stem", "q", "pewarnaan alami");
        // typos
        add(requests, "typo", "q", "keripk pisang");
        add(requests, "typo", "q", "batk");
        add(requests, "typo", "q", "kopi robsta");
        add(requests, "typo", "q", "anyamn pandan");
        // filters and sorts
        add(requests, "q + category", "q", "dompet", "category", "anyaman");
        add(requests, "q + category + sort", "q", "kopi", "category", "minuman", "sort", "price_asc");
        add(requests, "q + category + sort", "q", "lulur", "category", "kecantikan", "sort", "price_asc");
        add(requests, "category", "category", "makanan");
        add(requests, "category + sort", "category", "batik-tenun", "sort", "price_desc");
        add(requests, "category + page", "category", "kecantikan", "page", "1");
        add(requests, "q + price", "q", "batik", "minPrice", "50000", "maxPrice", "150000");
        add(requests, "q + price", "q", "keripik", "maxPrice", "20000");
        add(requests, "category + price + sort", "category", "fashion", "minPrice", "100000", "maxPrice", "300000",
                "sort", "price_asc");
        add(requests, "region", "region", "Kabupaten Magelang");
        add(requests, "q + region", "q", "kopi", "region", "Kabupaten Temanggung");
        add(requests, "region + category", "region", "Kota Bekasi", "category", "makanan");
        add(requests, "q + region", "q", "gerabah", "region", "Kota Magelang");
        add(requests, "browse", "sort", "newest");
        add(requests, "browse + sort", "sort", "price_asc");
        add(requests, "q + sort", "q", "tenun", "sort", "newest");
        add(requests, "q + sort", "q", "sambal bawang", "sort", "relevance");
        add(requests, "q + page", "q", "pisang", "page", "2");
        add(requests, "q + price + sort", "q", "tas", "minPrice", "100000", "sort", "price_desc");
        return List.copyOf(requests);
    }

    /** @param pairs name, value, name, value...; size=24 (the storefront's page) is added to each */
    private static void add(List<SearchRequest> to, String label, String... pairs) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        parameters.put("size", PAGE_SIZE);
        to.add(new SearchRequest(label, parameters));
    }
}
