package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
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

/**
 * Both search ports on Elasticsearch 8. Reads and writes go through the alias {@code indexPrefix};
 * the concrete indices below it are {@code <indexPrefix>-v<mapping version>-<timestamp>}.
 * One instance holds one long-lived HTTP client: share it, and close it on shutdown.
 *
 * <p>Failures to reach the server surface as unchecked exceptions from the read methods (so a
 * caller can fall back to the database), and as failed ids from the write methods.
 */
public class ElasticsearchCatalogIndex implements ProductSearch, SearchIndex, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ElasticsearchCatalogIndex.class.getName());

    private final IndexAlias alias;
    private final ElasticsearchTransport transport;
    private final ElasticsearchClient client;

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
                if (query.hasText()) {
                    s.highlight(Highlights.request());
                }
                return s;
            }, IndexedProduct.class);
            List<ProductSummary> items = response.hits().hits().stream()
                    .map(hit -> summary(hit, query.hasText()))
                    .toList();
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            return new ProductPage(total, query.page(), query.size(), items,
                    ProductFacets.read(response.aggregations(), locale));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch search failed", e);
        }
    }

    @Override
    public List<String> suggest(String prefix, Locale locale, int limit) {
        if (ProductQueries.words(prefix).isEmpty() || limit <= 0) {
            return List.of();
        }
        String typed = prefix.strip();
        Set<String> suggestions = new LinkedHashSet<>();
        suggestions.addAll(distinctValues(CategoryLabels.field(locale), typed, limit));
        suggestions.addAll(distinctValues("name", typed, limit));
        return suggestions.stream().limit(limit).toList();
    }

    /** Distinct values of a field (its {@code .keyword} form) that match the typed prefixes, in alphabetical order. */
    private List<String> distinctValues(String field, String typed, int limit) {
        try {
            SearchResponse<Void> response = client.search(s -> s.index(alias.name()).ignoreUnavailable(true).allowNoIndices(true)
                    .size(0)
                    .query(ProductQueries.prefixes(field, typed))
                    .aggregations("values", a -> a.terms(t -> t.field(field + ".keyword").size(limit)
                            .order(NamedValue.of("_key", SortOrder.Asc)))), Void.class);
            if (!response.aggregations().containsKey("values")) {
                return List.of();
            }
            return response.aggregations().get("values").sterms().buckets().array().stream()
                    .map(bucket -> bucket.key().stringValue())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch suggest failed", e);
        }
    }

    @Override
    public Set<String> upsert(Collection<ProductDocument> documents) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        List<BulkOperation> operations = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ProductDocument document : documents) {
            if (document.id() == null || document.id().isBlank()) {
                // Nothing to retry by: the outbox always carries ids, so this is a programming error.
                LOG.log(Level.WARNING, "Not indexing a product document without id: {0}", document.name());
                continue;
            }
            ids.add(document.id());
            operations.add(BulkOperation.of(op -> op.index(i -> i.id(document.id()).document(IndexedProduct.of(document)))));
        }
        return write(operations, ids);
    }

    @Override
    public Set<String> delete(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<BulkOperation> operations = ids.stream()
                .map(id -> BulkOperation.of(op -> op.delete(d -> d.id(id))))
                .toList();
        return write(operations, List.copyOf(ids));
    }

    /**
     * One bulk request through the alias, visible to searches on return (refresh): writes come in
     * small batches from the outbox, and makers expect to find what they just published.
     * Deleting an id that is not in the index is not a failure (no error on that item).
     */
    private Set<String> write(List<BulkOperation> operations, List<String> ids) {
        Set<String> failed = new LinkedHashSet<>();
        if (operations.isEmpty()) {
            return failed;
        }
        try {
            alias.ensureExists();
            BulkResponse response = client.bulk(b -> b.index(alias.name()).requireAlias(true).refresh(Refresh.True)
                    .operations(operations));
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    LOG.log(Level.WARNING, "Elasticsearch refused {0} of product {1}: {2}",
                            item.operationType(), item.id(), abbreviated(item.error().reason()));
                    failed.add(item.id());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Elasticsearch bulk write of " + ids.size() + " products failed", e);
            failed.addAll(ids);
        }
        return failed;
    }

    @Override
    public void rebuild(Stream<ProductDocument> allPublished) {
        try {
            alias.rebuild(allPublished);
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuild of " + alias.name() + " failed", e);
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

    /** Uses cluster health: this server answers {@code GET /} and {@code HEAD /} (ping) with 405. */
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

    /** Error reasons can quote a whole field value. */
    private static String abbreviated(String reason) {
        return reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300) + "…";
    }

    private static ProductSummary summary(Hit<IndexedProduct> hit, boolean highlighted) {
        String snippet = highlighted ? Highlights.snippet(hit.highlight()) : null;
        return hit.source().toDocument().summary(snippet);
    }
}
