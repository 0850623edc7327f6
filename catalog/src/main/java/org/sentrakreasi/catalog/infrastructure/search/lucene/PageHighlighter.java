package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.sentrakreasi.catalog.application.ProductDocument;

/**
 * Highlights a page of products another engine found (Elasticsearch) exactly as the Lucene
 * adapter highlights its own hits: the page is indexed in memory with the same fields and
 * analysis, the shopper's query is built and rewritten once against it, and {@link Snippets}
 * marks the words. Elasticsearch's own highlighter rebuilt the typo automata for every hit, which
 * cost half a second for a two-edit word on a page of 24.
 */
public final class PageHighlighter {

    private static final Analyzer ANALYZER = ProductFields.analyzer();

    private PageHighlighter() {
    }

    /** One snippet per product, in order; {@code q} is the shopper's text. */
    public static List<String> highlight(String q, List<ProductDocument> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
            for (ProductDocument product : page) {
                writer.addDocument(ProductFields.toDocument(product));
            }
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ScoreDoc[] docs = new ScoreDoc[page.size()];
                for (int i = 0; i < docs.length; i++) {
                    docs[i] = new ScoreDoc(i, 1f);
                }
                return List.of(Snippets.forPage(searcher, ANALYZER, SearchQueries.rewrittenText(q, ANALYZER, searcher),
                        new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs),
                        page.toArray(ProductDocument[]::new)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Highlighting a page failed", e);
        }
    }
}
