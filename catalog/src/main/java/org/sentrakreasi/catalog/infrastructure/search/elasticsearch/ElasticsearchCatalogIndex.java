package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.sentrakreasi.catalog.application.ProductDocument;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSearch;
import org.sentrakreasi.catalog.application.ProductSummary;
import org.sentrakreasi.catalog.application.SearchIndex;
import org.sentrakreasi.catalog.infrastructure.search.lucene.PageHighlighter;

/**
 * Both search ports on Elasticsearch 8. Reads and writes go through the alias {@code indexPrefix};
 * the concrete indices below it are {@code <indexPrefix>-v<mapping version>-<timestamp>}, defined by
 * {@code elasticsearch/products-v<n>.json}. One instance holds one long-lived HTTP client: share it,
 * and close it on shutdown. Without the alias, searches find nothing (nothing was indexed yet).
 *
 * <p>When the server cannot be reached, searches and suggestions throw (unchecked), so that a caller
 * can fall back to the database; writes report every id as failed; {@link #isAvailable()} is false.
 */
public class ElasticsearchCatalogIndex implements ProductSearch, SearchIndex, AutoCloseable {

    private final ElasticsearchTransport transport;
    private final ElasticsearchClient client;
    private final IndexAlias alias;
    private final IndexWrites writes;
    private final Suggestions suggestions;

    /**
     * @param url         the server, e.g. {@code http://localhost:9200}
     * @param indexPrefix the alias name and prefix of the index names: lower case letters, digits, {@code -}, {@code _}
     */
    public ElasticsearchCatalogIndex(String url, String indexPrefix) {
        if (indexPrefix == null || !indexPrefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("Not a valid index prefix: " + indexPrefix);
        }
        ObjectMapper json = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.transport = new RestClientTransport(RestClient.builder(HttpHost.create(url)).build(),
                new JacksonJsonpMapper(json));
        this.client = new ElasticsearchClient(transport);
        this.alias = new IndexAlias(client, indexPrefix);
        this.writes = new IndexWrites(client, alias);
        this.suggestions = new Suggestions(client, indexPrefix);
    }

    @Override
    public ProductPage search(ProductQuery query, Locale locale) {
        try {
            SearchResponse<IndexedProduct> response = client.search(s -> {
                s.index(alias.name()).ignoreUnavailable(true).allowNoIndices(true)
                        .query(ProductQueries.search(query))
                        .sort(ProductQueries.sort(query))
                        .from(query.offset()).size(query.size())
                        .trackTotalHits(t -> t.enabled(true))
                        .aggregations(ProductFacets.aggregations());
                return s;
            }, IndexedProduct.class);
            List<ProductDocument> documents = response.hits().hits().stream().map(hit -> hit.source().toDocument()).toList();
            long highlightStart = System.nanoTime();
            List<String> snippets = query.hasText() ? PageHighlighter.highlight(query.q(), documents) : null;
            Duration highlighting = Duration.ofNanos(System.nanoTime() - highlightStart);
            List<ProductSummary> items = new ArrayList<>(documents.size());
            for (int i = 0; i < documents.size(); i++) {
                items.add(documents.get(i).summary(snippets == null ? null : snippets.get(i)));
            }
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            // Highlighting is the engine's work, done here instead of in Elasticsearch (PageHighlighter).
            return new ProductPage(total, query.page(), query.size(), List.copyOf(items),
                    ProductFacets.read(response.aggregations(), locale))
                    .withEngineTime(Duration.ofMillis(response.took()).plus(highlighting));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch search failed", e);
        }
    }

    @Override
    public List<String> suggest(String prefix, Locale locale, int limit) {
        try {
            return suggestions.suggest(prefix, locale, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch suggest failed", e);
        }
    }

    @Override
    public Set<String> upsert(Collection<ProductDocument> documents) {
        return writes.upsert(documents);
    }

    @Override
    public Set<String> delete(Collection<String> ids) {
        return writes.delete(ids);
    }

    @Override
    public void rebuild(Stream<ProductDocument> allPublished) {
        try {
            writes.rebuild(allPublished);
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuild of search index " + alias.name() + " failed", e);
        }
    }

    @Override
    public boolean needsRebuild() {
        try {
            return alias.isStale();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks for cluster health: this server answers {@code GET /} and {@code HEAD /} (the client's ping) with 405. */
    @Override
    public boolean isAvailable() {
        try {
            return client.cluster().health().status() != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
