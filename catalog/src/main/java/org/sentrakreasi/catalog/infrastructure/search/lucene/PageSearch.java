package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsCollectorManager.FacetsResult;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.sentrakreasi.catalog.application.Facets;
import org.sentrakreasi.catalog.application.ProductDocument;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSummary;

/** One page of products with exact total and facets, from one consistent searcher. */
final class PageSearch {

    private PageSearch() {
    }

    static ProductPage search(IndexSearcher searcher, Analyzer analyzer, ProductQuery query, Locale locale)
            throws IOException {
        Optional<Query> text = SearchQueries.rewrittenText(query.q(), analyzer, searcher);
        long offset = (long) query.page() * query.size();
        // The top offset + size hits are ranked and the page cut out of them: stable and exact, and
        // cheap at catalog size (the collector never ranks more than the index holds).
        int wanted = (int) Math.min(offset + query.size(), Integer.MAX_VALUE);
        FacetsResult result = FacetsCollectorManager.search(searcher, SearchQueries.filtered(text, query), wanted,
                SearchQueries.sort(query.effectiveSort()), false, new FacetsCollectorManager());
        ScoreDoc[] ranked = result.topDocs().scoreDocs;
        ScoreDoc[] pageDocs = offset >= ranked.length ? new ScoreDoc[0]
                : Arrays.copyOfRange(ranked, (int) offset, ranked.length);
        List<ProductSummary> items = summaries(searcher, analyzer, query, text, pageDocs, result.topDocs());
        Facets facets = FacetCounter.count(searcher.getIndexReader(), result.facetsCollector(), locale);
        return new ProductPage(result.topDocs().totalHits.value, query.page(), query.size(), items, facets);
    }

    private static List<ProductSummary> summaries(IndexSearcher searcher, Analyzer analyzer, ProductQuery query,
            Optional<Query> text, ScoreDoc[] pageDocs, TopDocs ranked) throws IOException {
        ProductDocument[] products = ProductCards.read(searcher, pageDocs);
        String[] highlights = new String[pageDocs.length];
        if (query.hasText() && pageDocs.length > 0) {
            highlights = Snippets.forPage(searcher, analyzer, text, new TopDocs(ranked.totalHits, pageDocs), products);
        }
        ProductSummary[] summaries = new ProductSummary[pageDocs.length];
        for (int i = 0; i < pageDocs.length; i++) {
            summaries[i] = products[i].summary(highlights[i]);
        }
        return List.of(summaries);
    }
}
