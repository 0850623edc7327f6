package org.sentrakreasi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.bench.CatalogGenerator.GeneratedCatalog;

class CatalogGeneratorTest {

    private static final Set<String> CATEGORIES = Set.of("makanan", "minuman", "batik-tenun", "anyaman", "fashion",
            "rumah-tangga", "cinderamata", "kecantikan");

    @Test
    void writesTheImportHeaderAndOneRowPerProduct() throws IOException {
        String csv = generate(42, 500).csv;

        assertThat(csv).startsWith("sku,name,description,category,price,stock,maker,region,unit,status\r\n");
        assertThat(parse(csv)).hasSize(500);
    }

    @Test
    void rowsHaveUniqueSkusAndValuesTheImportAccepts() throws IOException {
        List<CSVRecord> rows = parse(generate(7, 2_000).csv);

        Set<String> skus = new HashSet<>();
        for (CSVRecord row : rows) {
            assertThat(skus.add(row.get("sku"))).as("sku %s unique", row.get("sku")).isTrue();
            assertThat(row.get("sku")).matches("BENCH-\\d{7}");
            assertThat(row.get("name")).isNotBlank();
            assertThat(row.get("description")).endsWith(".").doesNotContain("{region}");
            assertThat(row.get("category")).isIn(CATEGORIES);
            assertThat(Long.parseLong(row.get("price"))).isBetween(5_000L, 1_500_000L);
            assertThat(Integer.parseInt(row.get("stock"))).isBetween(0, 100);
            assertThat(row.get("maker")).isNotBlank();
            assertThat(row.get("region")).matches("(Kota|Kabupaten) .+");
            assertThat(row.get("unit")).isIn("BEKASI", "MAGELANG");
            assertThat(row.get("status")).isIn("PUBLISHED", "DRAFT");
        }
    }

    @Test
    void categoriesAndMakersAreSkewed() throws IOException {
        Generated generated = generate(1, 20_000);
        Map<String, Long> perCategory = generated.catalog.rowsPerCategory();

        assertThat(perCategory.keySet()).containsExactlyInAnyOrderElementsOf(CATEGORIES);
        long most = perCategory.get("makanan");
        long least = perCategory.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(most).isGreaterThan(3 * least);

        Map<String, Integer> perMaker = new HashMap<>();
        parse(generated.csv).forEach(r -> perMaker.merge(r.get("maker"), 1, Integer::sum));
        int busiest = perMaker.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(perMaker.size()).isBetween(300, 400);
        assertThat(busiest).isGreaterThan(10 * 20_000 / perMaker.size());
    }

    @Test
    void aboutFivePercentAreDrafts() throws IOException {
        Generated generated = generate(3, 10_000);
        long drafts = parse(generated.csv).stream().filter(r -> r.get("status").equals("DRAFT")).count();

        assertThat(generated.catalog.published()).isEqualTo(10_000 - drafts);
        assertThat(drafts).isBetween(350L, 650L);
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws IOException {
        assertThat(generate(99, 1_000).csv).isEqualTo(generate(99, 1_000).csv);
        assertThat(generate(99, 1_000).csv).isNotEqualTo(generate(100, 1_000).csv);
    }

    @Test
    void aSkuPrefixGivesACatalogThatSharesNoSku() throws IOException {
        StringWriter out = new StringWriter();
        new CatalogGenerator(42, "IMPORT2").write(out, 300);

        assertThat(parse(out.toString())).extracting(row -> row.get("sku")).allMatch(sku -> sku.matches("IMPORT2-\\d{7}"));
    }

    private record Generated(String csv, GeneratedCatalog catalog) {
    }

    private static Generated generate(long seed, long rows) throws IOException {
        StringWriter out = new StringWriter();
        GeneratedCatalog catalog = new CatalogGenerator(seed).write(out, rows);
        return new Generated(out.toString(), catalog);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
