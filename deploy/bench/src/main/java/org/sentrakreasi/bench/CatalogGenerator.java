package org.sentrakreasi.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sentrakreasi.bench.CategoryVocabulary.ProductLine;
import org.sentrakreasi.bench.SyntheticMakers.Maker;

/**
 * Writes a synthetic catalog in the import format of API.md, one row at a time so that a million
 * rows cost no more memory than ten. The same seed gives the same file, so runs on Lucene and on
 * Elasticsearch search the same catalog.
 */
public final class CatalogGenerator {

    public static final String[] HEADER = {"sku", "name", "description", "category", "price", "stock", "maker",
            "region", "unit", "status"};
    /** Zipf exponent of categories and of makers within a category: the head clearly dominates, the tail stays. */
    static final double SKEW = 1.0;
    static final double PUBLISHED_SHARE = 0.95;
    static final int LISTINGS_PER_MAKER = 50;

    /** What was written, for the import and catch-up checks. */
    public record GeneratedCatalog(long rows, long published, Map<String, Long> rowsPerCategory) {
    }

    static final String SKU_PREFIX = "BENCH";

    private final long seed;
    private final String skuPrefix;

    public CatalogGenerator(long seed) {
        this(seed, SKU_PREFIX);
    }

    /** @param skuPrefix what every sku starts with: catalogs with different prefixes share no product */
    public CatalogGenerator(long seed, String skuPrefix) {
        this.seed = seed;
        this.skuPrefix = skuPrefix;
    }

    public long seed() {
        return seed;
    }

    public GeneratedCatalog write(Path csv, long rows) throws IOException {
        Path parent = csv.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            return write(out, rows);
        }
    }

    public GeneratedCatalog write(Writer out, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<CategoryVocabulary> vocabularies = ProductVocabulary.CATEGORIES;
        ZipfSampler categories = new ZipfSampler(vocabularies.size(), SKEW);
        List<Maker> makers = SyntheticMakers.create(
                (int) Math.max(vocabularies.size(), rows / LISTINGS_PER_MAKER), random, categories);
        List<List<Maker>> makersByCategory = groupByCategory(makers, vocabularies.size());
        List<ZipfSampler> makerSamplers = makersByCategory.stream().map(m -> new ZipfSampler(m.size(), SKEW)).toList();

        Map<String, Long> perCategory = new LinkedHashMap<>();
        vocabularies.forEach(v -> perCategory.put(v.code(), 0L));
        long published = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (long row = 1; row <= rows; row++) {
                int category = categories.next(random);
                CategoryVocabulary words = vocabularies.get(category);
                Maker maker = makersByCategory.get(category).get(makerSamplers.get(category).next(random));
                boolean publish = random.nextDouble() < PUBLISHED_SHARE;
                printer.printRecord(
                        String.format("%s-%07d", skuPrefix, row),
                        name(random, words),
                        description(random, words, maker.region()),
                        words.code(),
                        price(random, words),
                        random.nextInt(101),
                        maker.name(),
                        maker.region().name(),
                        maker.region().unit(),
                        publish ? "PUBLISHED" : "DRAFT");
                perCategory.merge(words.code(), 1L, Long::sum);
                if (publish) {
                    published++;
                }
            }
        }
        return new GeneratedCatalog(rows, published, perCategory);
    }

    private static List<List<Maker>> groupByCategory(List<Maker> makers, int categories) {
        List<List<Maker>> groups = new ArrayList<>();
        for (int i = 0; i < categories; i++) {
            groups.add(new ArrayList<>());
        }
        makers.forEach(m -> groups.get(m.category()).add(m));
        return groups;
    }

    /** Product line + variant, and half the time a qualifier: "Keripik Pisang Balado 250 gr". */
    private static String name(SplittableRandom random, CategoryVocabulary words) {
        ProductLine line = SyntheticMakers.pick(random, words.lines());
        String name = line.base() + " " + SyntheticMakers.pick(random, line.variants());
        return random.nextBoolean() ? name + " " + SyntheticMakers.pick(random, words.qualifiers()) : name;
    }

    /** One category sentence, and more often than not a closing one. */
    private static String description(SplittableRandom random, CategoryVocabulary words, Region region) {
        String text = SyntheticMakers.pick(random, words.sentences());
        if (random.nextDouble() < 0.6) {
            text += " " + SyntheticMakers.pick(random, ProductVocabulary.CLOSING_SENTENCES);
        }
        return text.replace("{region}", region.name());
    }

    /** Log-uniform within the category's band, so cheap items are the common ones, rounded like real prices. */
    private static long price(SplittableRandom random, CategoryVocabulary words) {
        double low = Math.log(words.minPrice());
        double high = Math.log(words.maxPrice());
        double raw = Math.exp(low + random.nextDouble() * (high - low));
        long rounded = Math.round(raw / words.priceStep()) * words.priceStep();
        return Math.max(words.minPrice(), Math.min(words.maxPrice(), rounded));
    }
}
