package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.sentrakreasi.catalog.application.ProductSearch;
import org.sentrakreasi.catalog.application.SearchIndex;
import org.sentrakreasi.catalog.infrastructure.search.SearchContract;

/** The search contract, met by the embedded Lucene index in a temporary folder. */
class LuceneSearchContractTest extends SearchContract {

    @TempDir
    Path folder;

    private LuceneCatalogIndex lucene;

    @BeforeEach
    void open() {
        lucene = new LuceneCatalogIndex(folder.resolve("search"));
    }

    @AfterEach
    void close() {
        lucene.close();
    }

    @Override
    protected SearchIndex index() {
        return lucene;
    }

    @Override
    protected ProductSearch search() {
        return lucene;
    }
}
