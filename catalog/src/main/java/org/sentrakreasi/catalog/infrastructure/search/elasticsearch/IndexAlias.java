package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sentrakreasi.catalog.application.ProductDocument;

/**
 * The alias that every reader and writer uses, and the concrete indices behind it: created on
 * first write, replaced wholesale by a rebuild (new index, one atomic alias update, old index deleted).
 */
final class IndexAlias {

    private static final int REBUILD_BATCH = 500;

    private final ElasticsearchClient client;
    private final String name;

    IndexAlias(ElasticsearchClient client, String name) {
        this.client = client;
        this.name = name;
    }

    String name() {
        return name;
    }

    boolean exists() throws IOException {
        return client.indices().existsAlias(a -> a.name(name)).value();
    }

    /** Missing, or built from another mapping version. */
    boolean isStale() throws IOException {
        return !exists() || ProductIndexMapping.versionOf(client, name) != ProductIndexMapping.VERSION;
    }

    /** Writes never create an index by accident: without the alias, an empty current index is made first. */
    void ensureExists() throws IOException {
        if (!exists()) {
            String index = ProductIndexMapping.newIndexName(name);
            ProductIndexMapping.createIndex(client, index);
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(name))));
        }
    }

    /**
     * Fills a new index and points the alias at it. When any document is refused, or anything else
     * fails, the new index is dropped and readers keep the current one.
     */
    void rebuild(Stream<ProductDocument> documents) throws IOException {
        String index = ProductIndexMapping.newIndexName(name);
        ProductIndexMapping.createIndex(client, index);
        List<String> previous;
        try {
            Set<String> refused = fill(index, documents);
            if (!refused.isEmpty()) {
                throw new IllegalStateException("Rebuild of " + name + " abandoned, the current index stays:"
                        + " Elasticsearch refused products " + refused);
            }
            client.indices().refresh(r -> r.index(index));
            previous = swapTo(index);
        } catch (IOException | RuntimeException e) {
            dropQuietly(index, e);
            throw e;
        }
        if (!previous.isEmpty()) {
            client.indices().delete(d -> d.index(previous));
        }
    }

    private Set<String> fill(String index, Stream<ProductDocument> documents) throws IOException {
        Set<String> refused = new LinkedHashSet<>();
        Iterator<ProductDocument> iterator = documents.iterator();
        List<ProductDocument> batch = new ArrayList<>(REBUILD_BATCH);
        while (iterator.hasNext()) {
            batch.add(iterator.next());
            if (batch.size() == REBUILD_BATCH || !iterator.hasNext()) {
                BulkRequest.Builder request = new BulkRequest.Builder().index(index);
                for (ProductDocument document : batch) {
                    request.operations(op -> op.index(i -> i.id(document.id()).document(IndexedProduct.of(document))));
                }
                client.bulk(request.build()).items().stream()
                        .filter(item -> item.error() != null)
                        .forEach(item -> refused.add(item.id()));
                batch.clear();
            }
        }
        return refused;
    }

    /** One alias update: readers see either the old indices or the new one, never none. @return the old indices */
    private List<String> swapTo(String index) throws IOException {
        List<String> previous = exists()
                ? List.copyOf(client.indices().getAlias(a -> a.name(name)).result().keySet())
                : List.of();
        client.indices().updateAliases(u -> {
            previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(name))));
            return u.actions(a -> a.add(add -> add.index(index).alias(name)));
        });
        return previous;
    }

    private void dropQuietly(String index, Exception cause) {
        try {
            client.indices().delete(d -> d.index(index));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
