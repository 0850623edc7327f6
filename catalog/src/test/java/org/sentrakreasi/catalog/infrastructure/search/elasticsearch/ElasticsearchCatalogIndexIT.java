package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.application.FacetValue;
import org.sentrakreasi.catalog.application.PriceRange;
import org.sentrakreasi.catalog.application.ProductDocument;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSort;
import org.sentrakreasi.catalog.application.ProductSummary;

/** What is specific to the Elasticsearch adapter: alias handling, bulk failures, availability. */
class ElasticsearchCatalogIndexIT {

    private static final Locale ID = Locale.forLanguageTag("id");

    private ElasticsearchCatalogIndex index;
    private String prefix;

    private static RestClientTransport transport;
    /** Direct access, to look behind the adapter's alias. */
    private static ElasticsearchClient admin;

    @BeforeAll
    static void connect() {
        transport = new RestClientTransport(RestClient.builder(HttpHost.create(ElasticsearchTestServer.url())).build(),
                new JacksonJsonpMapper());
        admin = new ElasticsearchClient(transport);
    }

    @AfterAll
    static void disconnect() throws IOException {
        transport.close();
    }

    @BeforeEach
    void freshIndex() {
        prefix = "catalog-it-" + System.nanoTime();
        index = new ElasticsearchCatalogIndex(ElasticsearchTestServer.url(), prefix);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aFreshPrefixNeedsARebuildAndSearchesEmptyUntilThen() {
        assertThat(index.needsRebuild()).isTrue();
        ProductPage page = index.search(ProductQuery.firstPage(10), ID);
        assertThat(page.total()).isZero();
        assertThat(page.facets().price()).extracting(PriceRange::from).containsExactlyElementsOf(PriceRange.EDGES);
        assertThat(index.suggest("tas", ID, 5)).isEmpty();
    }

    @Test
    void rebuildSwapsTheAliasToANewIndexAndDropsTheOldOne() throws IOException {
        index.upsert(List.of(product("1", "Tas Anyaman Pandan"), product("2", "Keranjang Rotan")));
        assertThat(index.needsRebuild()).isFalse();
        List<String> before = indicesBehindAlias();

        index.rebuild(Stream.of(product("3", "Batik Tulis Parang")));

        assertThat(names(index.search(ProductQuery.firstPage(10), ID))).containsExactly("Batik Tulis Parang");
        assertThat(index.needsRebuild()).isFalse();
        assertThat(indicesBehindAlias()).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(admin.indices().get(g -> g.index(prefix + "-*")).result()).hasSize(1);
    }

    @Test
    void anIndexFromAnotherMappingVersionNeedsARebuildAndIsDeletedByIt() throws IOException {
        String old = prefix + "-v0";
        admin.indices().create(c -> c.index(old).mappings(m -> m.meta("version", JsonData.of(0))).aliases(prefix, a -> a));
        assertThat(index.needsRebuild()).isTrue();

        index.rebuild(Stream.of(product("1", "Tas Anyaman Pandan")));

        assertThat(index.needsRebuild()).isFalse();
        assertThat(indicesBehindAlias()).hasSize(1).doesNotContain(old);
        assertThat(admin.indices().exists(e -> e.index(old)).value()).isFalse();
    }

    @Test
    void aRebuildWithARefusedDocumentKeepsTheCurrentIndex() throws IOException {
        index.upsert(List.of(product("1", "Tas Anyaman Pandan")));
        List<String> current = indicesBehindAlias();

        assertThatThrownBy(() -> index.rebuild(Stream.of(product("2", "Keranjang Rotan", "x".repeat(40_000)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2");

        assertThat(indicesBehindAlias()).isEqualTo(current);
        assertThat(admin.indices().get(g -> g.index(prefix + "-*")).result()).hasSize(1);
        assertThat(names(index.search(ProductQuery.firstPage(10), ID))).containsExactly("Tas Anyaman Pandan");
    }

    @Test
    void aDocumentThatElasticsearchRefusesIsReturnedAndTheOthersAreIndexed() {
        // A keyword longer than Lucene's 32766-byte term limit is refused for this document only.
        ProductDocument tooLong = product("2", "Keranjang Rotan", "x".repeat(40_000));

        Set<String> failed = index.upsert(List.of(product("1", "Tas Anyaman Pandan"), tooLong));

        assertThat(failed).containsExactly("2");
        assertThat(names(index.search(ProductQuery.firstPage(10), ID))).containsExactly("Tas Anyaman Pandan");
    }

    @Test
    void deleteRemovesKnownIdsAndIgnoresUnknownOnes() {
        index.upsert(List.of(product("1", "Tas Anyaman Pandan"), product("2", "Keranjang Rotan")));

        assertThat(index.delete(List.of("1", "999"))).isEmpty();

        assertThat(names(index.search(ProductQuery.firstPage(10), ID))).containsExactly("Keranjang Rotan");
    }

    @Test
    void typedWordsAreStemmedFuzzyAndAllRequired() {
        index.upsert(List.of(product("1", "Tas Anyaman Pandan"), product("2", "Keranjang Rotan"),
                product("3", "Dompet Anyaman Rotan")));

        assertThat(names(index.search(text("menganyam"), ID)))
                .containsExactlyInAnyOrder("Tas Anyaman Pandan", "Dompet Anyaman Rotan");
        assertThat(names(index.search(text("rotan anyaman"), ID))).containsExactly("Dompet Anyaman Rotan");
        assertThat(names(index.search(text("keranjnag"), ID))).containsExactly("Keranjang Rotan");
    }

    @Test
    void highlightMarksMatchesAndEscapesTheRest() {
        index.upsert(List.of(product("1", "Tas <Anyaman> & Pandan")));

        ProductSummary hit = index.search(text("pandan"), ID).items().get(0);

        assertThat(hit.highlight()).isEqualTo("Tas &lt;Anyaman&gt; &amp; <mark>Pandan</mark>");
        assertThat(index.search(ProductQuery.firstPage(10), ID).items().get(0).highlight()).isNull();
    }

    @Test
    void facetsCountTheWholeFilteredResult() {
        index.upsert(List.of(product("1", "Tas Anyaman Pandan"), product("2", "Keranjang Rotan"),
                product("3", "Dompet Anyaman Rotan")));

        ProductPage page = index.search(new ProductQuery("anyaman", null, null, null, null, null,
                ProductSort.PRICE_ASC, 0, 1), Locale.ENGLISH);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).hasSize(1);
        assertThat(page.facets().category()).containsExactly(new FacetValue("kerajinan", "Crafts", 2));
        assertThat(page.facets().price()).extracting(PriceRange::count).containsExactly(0L, 2L, 0L, 0L, 0L, 0L);
    }

    @Test
    void isAvailableOnlyWhenTheServerAnswers() {
        assertThat(index.isAvailable()).isTrue();
        try (ElasticsearchCatalogIndex nowhere = new ElasticsearchCatalogIndex("http://127.0.0.1:1", prefix)) {
            assertThat(nowhere.isAvailable()).isFalse();
        }
    }

    private List<String> indicesBehindAlias() throws IOException {
        return List.copyOf(admin.indices().getAlias(a -> a.name(prefix)).result().keySet());
    }

    private static ProductQuery text(String q) {
        return new ProductQuery(q, null, null, null, null, null, null, 0, 10);
    }

    private static List<String> names(ProductPage page) {
        return page.items().stream().map(ProductSummary::name).toList();
    }

    private static ProductDocument product(String id, String name) {
        return product(id, name, "kerajinan");
    }

    private static ProductDocument product(String id, String name, String category) {
        return new ProductDocument(id, "p-" + id, name, "Buatan tangan di Bekasi.", null, null, category,
                "Kerajinan", "Crafts", "Bekasi", "7", "Sari", "u1", 45_000, 3,
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(Long.parseLong(id)), null);
    }
}
