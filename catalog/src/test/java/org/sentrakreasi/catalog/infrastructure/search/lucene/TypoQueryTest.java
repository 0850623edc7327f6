package org.sentrakreasi.catalog.infrastructure.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cached-automaton typo query rewrites to exactly the terms and boosts of Lucene's own. */
class TypoQueryTest {

    private static final String FIELD = "name";
    /** Near neighbours of "keripik" and "pisang", more than one query may expand to, in two segments. */
    private static final List<String> FIRST_SEGMENT = List.of("keripik", "kripik", "keripk", "kerupuk", "keriting",
            "pisang", "pisau", "pising", "pasang", "piring", "batik", "batok", "tas", "anyaman");
    private static final List<String> SECOND_SEGMENT = List.of("kripiik", "keripiq", "keripi", "eripik", "kerpik",
            "kaeripik", "pisangg", "bisang", "lisang", "pesang", "pisanh", "psang", "pisng", "piang");

    private Directory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (List<String> segment : List.of(FIRST_SEGMENT, SECOND_SEGMENT)) {
                for (String word : segment) {
                    Document doc = new Document();
                    doc.add(new TextField(FIELD, word, Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void expandsToTheSameTermsWithTheSameBoostsAsLucenesFuzzyQuery() throws IOException {
        TypoAutomata automata = new TypoAutomata(TypoAutomata.BUDGET_BYTES);
        for (String word : List.of("keripik", "keripk", "pisang", "psang", "batk", "tas", "kerupuk", "xyzxyz")) {
            for (int edits = 0; edits <= 2; edits++) {
                for (int expansions : List.of(3, 10, 50)) {
                    Term term = new Term(FIELD, word);
                    Map<String, Float> lucene = expansion(new FuzzyQuery(term, edits, 0, expansions, true));
                    Map<String, Float> ours = expansion(new TypoQuery(term, edits, expansions, automata));
                    assertThat(ours).as("%s, %d edits, %d expansions", word, edits, expansions).isEqualTo(lucene);
                }
            }
        }
        assertThat(expansion(new TypoQuery(new Term(FIELD, "keripik"), 2, 50, automata)))
                .containsKeys("keripik", "kripik", "keripk", "kripiik", "kerpik");
    }

    @Test
    void aWordsAutomataAreBuiltOnceAndTheOldestGoBeyondTheBudget() throws IOException {
        TypoAutomata automata = new TypoAutomata(TypoAutomata.BUDGET_BYTES);
        TypoAutomata.Built first = automata.forWord("keripik", 2);
        assertThat(automata.forWord("keripik", 2)).isSameAs(first);
        assertThat(automata.forWord("keripik", 1)).isNotSameAs(first);

        long oneWord = first.ramBytes();
        TypoAutomata small = new TypoAutomata(oneWord * 3);
        for (String word : List.of("keripika", "keripikb", "keripikc", "keripikd", "keripike", "keripikf")) {
            small.forWord(word, 2);
        }
        assertThat(small.size()).isBetween(1, 3);
        assertThat(expansion(new TypoQuery(new Term(FIELD, "keripik"), 2, 50, small))).containsKey("keripik");
    }

    /** The terms a query rewrites to, with their boosts. */
    private Map<String, Float> expansion(Query query) throws IOException {
        Map<String, Float> terms = new TreeMap<>();
        collect(searcher.rewrite(query), 1f, terms);
        return terms;
    }

    private static void collect(Query query, float boost, Map<String, Float> terms) {
        if (query instanceof BoostQuery boosted) {
            collect(boosted.getQuery(), boost * boosted.getBoost(), terms);
        } else if (query instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                collect(clause.getQuery(), boost, terms);
            }
        } else if (query instanceof TermQuery term) {
            terms.put(term.getTerm().text(), boost);
        } else {
            terms.put(query.toString(), boost);
        }
    }
}
