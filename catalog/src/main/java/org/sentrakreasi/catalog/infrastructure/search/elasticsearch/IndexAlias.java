package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.List;

/**
 * The alias that every reader and writer uses, and the concrete indices behind it
 * ({@code <alias>-v<mapping version>-<timestamp>}).
 */
final class IndexAlias {

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

    /** Missing, built with another mapping version, or never filled by a rebuild. */
    boolean isStale() throws IOException {
        if (!exists()) {
            return true;
        }
        return !client.indices().getMapping(m -> m.index(name)).result().values().stream()
                .allMatch(index -> ProductIndexMapping.isCurrentAndComplete(index.mappings().meta()));
    }

    /**
     * Writes never create an index by accident (they require the alias): without it, an empty index
     * is made first. It is not complete, so {@code needsRebuild()} stays true until a rebuild.
     */
    void ensureExists() throws IOException {
        if (!exists()) {
            String index = ProductIndexMapping.newIndexName(name);
            ProductIndexMapping.createIndex(client, index, false);
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(name))));
        }
    }

    /** A new index for a rebuild, not yet visible to readers. */
    String createForRebuild() throws IOException {
        String index = ProductIndexMapping.newIndexName(name);
        ProductIndexMapping.createIndex(client, index, true);
        return index;
    }

    /**
     * Points the alias at {@code index} in one update: readers see either the old indices or the
     * new one, never none. @return the indices it pointed at before
     */
    List<String> swapTo(String index) throws IOException {
        List<String> previous = exists()
                ? List.copyOf(client.indices().getAlias(a -> a.name(name)).result().keySet())
                : List.of();
        client.indices().updateAliases(u -> {
            previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(name))));
            return u.actions(a -> a.add(add -> add.index(index).alias(name)));
        });
        return previous;
    }

    void delete(List<String> indices) throws IOException {
        if (!indices.isEmpty()) {
            client.indices().delete(d -> d.index(indices));
        }
    }
}
