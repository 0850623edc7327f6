package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetMappingResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The versioned index definition ({@code elasticsearch/products-v<VERSION>.json}: analysis
 * settings and field mappings, with the version in {@code _meta}). Raise {@link #VERSION} with a new
 * file whenever the mapping changes: {@code needsRebuild()} then reports old indices as stale.
 */
final class ProductIndexMapping {

    static final int VERSION = 1;
    private static final String RESOURCE = "/elasticsearch/products-v" + VERSION + ".json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private ProductIndexMapping() {
    }

    /** A fresh concrete index name below the alias, e.g. {@code shop-products-v1-20250101-120000-000-3fa2}. */
    static String newIndexName(String alias) {
        return alias + "-v" + VERSION + "-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC))
                + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }

    static void createIndex(ElasticsearchClient client, String index) throws IOException {
        try (InputStream definition = ProductIndexMapping.class.getResourceAsStream(RESOURCE)) {
            if (definition == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
            }
            client.indices().create(c -> c.index(index).withJson(definition));
        }
    }

    /** The mapping version recorded in the index behind {@code alias}, or -1 when there is none. */
    static int versionOf(ElasticsearchClient client, String alias) throws IOException {
        GetMappingResponse mappings = client.indices().getMapping(m -> m.index(alias));
        return mappings.result().values().stream()
                .map(index -> index.mappings().meta())
                .mapToInt(meta -> meta.containsKey("version") ? meta.get("version").to(Integer.class) : -1)
                .min()
                .orElse(-1);
    }
}
