package org.sentrakreasi.deploy.elasticsearch.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;

/** The settings of Elasticsearch's built-in {@code edge_ngram} filter, with its defaults. */
@AnalysisSettings
public interface EdgeNGramSettings {

    @IntSetting(path = "min_gram", defaultValue = 1)
    int minGram();

    @IntSetting(path = "max_gram", defaultValue = 2)
    int maxGram();

    @BooleanSetting(path = "preserve_original", defaultValue = false)
    boolean preserveOriginal();
}
