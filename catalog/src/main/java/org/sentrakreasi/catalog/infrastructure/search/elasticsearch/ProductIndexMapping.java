package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The versioned index definition {@code elasticsearch/products-v<VERSION>.json}: analysis settings
 * and field mappings, with {@code _meta.version}. Raise {@link #VERSION} with a new file whenever the
 * mapping changes; {@code needsRebuild()} then reports the old indices as stale. {@code _meta.complete}
 * tells a full rebuild from an index that only holds what upserts brought.
 */
final class ProductIndexMapping {

    static final int VERSION = 1;
    private static final String RESOURCE = "/elasticsearch/products-v" + VERSION + ".json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final ObjectNode DEFINITION = load();

    private ProductIndexMapping() {
    }

    /** A fresh concrete index name below the alias, e.g. {@code shop-products-v1-20250101-120000-000-3fa2}. */
    static String newIndexName(String alias) {
        return alias + "-v" + VERSION + "-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC))
                + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }

    /** Creates an index from the definition; {@code complete} only for one that a rebuild fills. */
    static void createIndex(ElasticsearchClient client, String index, boolean complete) throws IOException {
        ObjectNode definition = DEFINITION.deepCopy();
        ((ObjectNode) definition.get("mappings").get("_meta")).put("complete", complete);
        client.indices().create(c -> c.index(index).withJson(new StringReader(definition.toString())));
    }

    /** True when the index carries this mapping version and was filled by a rebuild. */
    static boolean isCurrentAndComplete(Map<String, JsonData> meta) {
        JsonData version = meta.get("version");
        JsonData complete = meta.get("complete");
        return version != null && version.to(Integer.class) == VERSION
                && complete != null && Boolean.TRUE.equals(complete.to(Boolean.class));
    }

    private static ObjectNode load() {
        try (InputStream json = ProductIndexMapping.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
            }
            ObjectNode definition = (ObjectNode) new ObjectMapper().readTree(json);
            int declared = definition.path("mappings").path("_meta").path("version").asInt(-1);
            if (declared != VERSION) {
                throw new IllegalStateException(RESOURCE + " declares _meta.version " + declared + ", expected " + VERSION);
            }
            return definition;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
