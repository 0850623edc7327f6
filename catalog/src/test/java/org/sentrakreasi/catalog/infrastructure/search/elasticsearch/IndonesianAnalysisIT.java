package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test server's analysis plugin provides what a full Elasticsearch has built in, with the same results. */
class IndonesianAnalysisIT {

    private final ElasticsearchClient client = ElasticsearchTestServer.client();

    @Test
    void indonesianAnalyzerStemsAffixedVerbsToTheirRoot() throws Exception {
        assertThat(tokens("Menganyam")).containsExactly("anyam");
        assertThat(tokens("Tas anyaman yang dianyam")).as("'yang' is a stop word").containsExactly("tas", "anyam", "anyam");
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
            ElasticsearchTestServer.deleteIndices(index);
        }
    }

    private List<String> tokens(String text) throws Exception {
        return client.indices().analyze(r -> r.analyzer("indonesian").text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
    }
}
