package org.sentrakreasi.deploy.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * The {@code indonesian} analyzer as a full Elasticsearch defines it: standard tokenizer,
 * lower case, Indonesian stop words, Indonesian stemmer ({@code menganyam} → {@code anyam}).
 */
@NamedComponent("indonesian")
public class IndonesianAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new IndonesianAnalyzer();
    }
}
