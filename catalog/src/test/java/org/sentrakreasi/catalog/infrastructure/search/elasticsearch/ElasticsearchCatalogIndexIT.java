package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sentrakreasi.catalog.infrastructure.search.SearchFixture.aProduct;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.application.ProductDocument;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSummary;
import org.sentrakreasi.catalog.infrastructure.search.SearchFixture;

/** What only the Elasticsearch adapter has: indices behind an alias, refused documents, reachability. */
class ElasticsearchCatalogIndexIT {

    private static final Locale ID = Locale.forLanguageTag("id");

    private final ElasticsearchClient admin = ElasticsearchTestServer.client();
    private ElasticsearchCatalogIndex index;
    private String prefix;

    @BeforeEach
    void freshIndex() {
        prefix = "catalog-it-" + System.nanoTime();
        index = new ElasticsearchCatalogIndex(ElasticsearchTestServer.url(), prefix);
    }

    @AfterEach
    void close() {
        index.close();
        ElasticsearchTestServer.deleteIndices(prefix + "-");
    }

    @Test
    void aFirstWriteCreatesAnIndexBehindTheAliasAndNothingElse() throws IOException {
        assertThat(indices()).isEmpty();
        index.upsert(List.of(product(1, "Tas Anyaman Pandan")));
        assertThat(indicesBehindAlias()).hasSize(1).allMatch(name -> name.startsWith(prefix + "-v" + ProductIndexMapping.VERSION + "-"));
        assertThat(indices()).hasSize(1);
    }

    @Test
    void rebuildSwapsTheAliasToANewIndexAndDeletesTheOldOne() throws IOException {
        index.rebuild(Stream.of(product(1, "Tas Anyaman Pandan"), product(2, "Keranjang Rotan")));
        List<String> before = indicesBehindAlias();

        index.rebuild(Stream.of(product(3, "Batik Tulis Parang")));

        assertThat(names(index.search(ProductQuery.firstPage(10), ID))).containsExactly("Batik Tulis Parang");
        assertThat(indicesBehindAlias()).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(indices()).containsExactlyElementsOf(indicesBehindAlias());
    }

    @Test
    void anIndexOfAnotherMappingVersionNeedsARebuildWhichReplacesIt() throws IOException {
        String old = prefix + "-v0";
        admin.indices().create(c -> c.index(old)
                .mappings(m -> m.meta("version", JsonData.of(0)).meta("complete", JsonData.of(true)))
                .aliases(prefix, a -> a));
        assertThat(index.needsRebuild()).isTrue();

        index.rebuild(Stream.of(product(1, "Tas Anyaman Pandan")));

        assertThat(index.needsRebuild()).isFalse();
        assertThat(indices()).hasSize(1).doesNotContain(old);
    }

    @Test
    void aDocumentThatElasticsearchRefusesIsReportedAndTheOthersAreIndexed() {
        // A keyword beyond Lucene's 32766-byte term limit fails this one document, not the request.
        ProductDocument tooLong = withCategory(product(2, "Keranjang Rotan"), "x".repeat(40_000));

        Set<String> failed = index.upsert(List.of(product(1, "Tas Anyaman Pandan"), tooLong));

        assertThat(failed).containsExactly("2");
        assertThat(names(index.search(ProductQuery.firstPage(10), ID))).containsExactly("Tas Anyaman Pandan");
    }

    @Test
    void aRebuildSkipsARefusedDocumentAndSwitchesToTheRest() throws IOException {
        index.rebuild(Stream.of(product(1, "Tas Anyaman Pandan")));

        index.rebuild(Stream.of(product(3, "Batik Tulis Parang"), withCategory(product(2, "Keranjang Rotan"), "x".repeat(40_000))));

        assertThat(names(index.search(ProductQuery.firstPage(10), ID))).containsExactly("Batik Tulis Parang");
        assertThat(indices()).hasSize(1);
    }

    @Test
    void writesReportEveryIdAsFailedAndReadsThrowWhenTheServerIsUnreachable() {
        try (ElasticsearchCatalogIndex nowhere = new ElasticsearchCatalogIndex("http://127.0.0.1:1", prefix)) {
            assertThat(nowhere.isAvailable()).isFalse();
            assertThat(nowhere.upsert(List.of(product(1, "Tas Anyaman Pandan")))).containsExactly("1");
            assertThat(nowhere.delete(List.of("1", "2"))).containsExactly("1", "2");
            assertThatThrownBy(() -> nowhere.search(ProductQuery.firstPage(10), ID))
                    .isInstanceOf(RuntimeException.class);
        }
        assertThat(index.isAvailable()).isTrue();
    }

    private List<String> indicesBehindAlias() throws IOException {
        return List.copyOf(admin.indices().getAlias(a -> a.name(prefix)).result().keySet());
    }

    private List<String> indices() throws IOException {
        return List.copyOf(admin.indices().get(g -> g.index(prefix + "*").allowNoIndices(true)).result().keySet());
    }

    private static List<String> names(ProductPage page) {
        return page.items().stream().map(ProductSummary::name).toList();
    }

    private static ProductDocument product(int id, String name) {
        return aProduct(id).named(name).in(SearchFixture.ANYAMAN).build();
    }

    private static ProductDocument withCategory(ProductDocument d, String category) {
        return new ProductDocument(d.id(), d.slug(), d.name(), d.description(), d.story(), d.materials(), category,
                d.categoryLabelId(), d.categoryLabelEn(), d.region(), d.makerId(), d.makerName(), d.unitId(), d.price(),
                d.stock(), d.publishedAt(), d.imageUrl());
    }
}
