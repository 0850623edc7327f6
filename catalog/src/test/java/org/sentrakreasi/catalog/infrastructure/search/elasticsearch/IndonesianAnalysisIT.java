package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.StringReader;
import java.util.List;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test server's analysis plugin provides what a full Elasticsearch has built in, with the same results. */
class IndonesianAnalysisIT {

    private static RestClientTransport transport;
    private static ElasticsearchClient client;

    @BeforeAll
    static void connect() {
        transport = new RestClientTransport(RestClient.builder(HttpHost.create(ElasticsearchTestServer.url())).build(),
                new JacksonJsonpMapper());
        client = new ElasticsearchClient(transport);
    }

    @AfterAll
    static void disconnect() throws Exception {
        transport.close();
    }

    @Test
    void indonesianAnalyzerStemsAffixedVerbsToTheirRoot() throws Exception {
        assertThat(tokens("indonesian", "Menganyam")).containsExactly("anyam");
        assertThat(tokens("indonesian", "Tas anyaman yang dianyam")).containsExactly("tas", "anyam", "anyam");
    }

    @Test
    void edgeNgramFilterTakesItsSettingsFromTheIndexDefinition() throws Exception {
        String index = "analysis-it-" + System.nanoTime();
        String settings = """
                {"settings": {"analysis": {
                  "filter": {"grams": {"type": "edge_ngram", "min_gram": 2, "max_gram": 3}},
                  "analyzer": {"prefixes": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "grams"]}}
                }}}""";
        client.indices().create(c -> c.index(index).withJson(new StringReader(settings)));
        try {
            List<String> grams = client.indices().analyze(r -> r.index(index).analyzer("prefixes").text("Batik"))
                    .tokens().stream().map(AnalyzeToken::token).toList();
            assertThat(grams).containsExactly("ba", "bat");
        } finally {
            client.indices().delete(d -> d.index(index));
        }
    }

    private static List<String> tokens(String analyzer, String text) throws Exception {
        return client.indices().analyze(r -> r.analyzer(analyzer).text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
    }
}
