package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The typo automata of a word, built once and shared by every field and every search that looks
 * for it. Building them (a Levenshtein automaton per edit distance, compiled to UTF-8) was a fifth of
 * a search's time: Lucene's {@code FuzzyQuery} builds them again for each field, in each search,
 * although they depend only on the word. Shoppers' words repeat, so the most recent ones are kept,
 * within {@link #BUDGET_BYTES}.
 */
final class TypoAutomata {

    /** A two-edit automaton of a long word takes some tens of kilobytes. */
    static final long BUDGET_BYTES = 16L * 1024 * 1024;

    private static final TypoAutomata SHARED = new TypoAutomata(BUDGET_BYTES);

    private final long budgetBytes;
    private final LinkedHashMap<Key, Built> recent = new LinkedHashMap<>(256, 0.75f, true);
    private long usedBytes;

    TypoAutomata(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    static TypoAutomata shared() {
        return SHARED;
    }

    /**
     * The automata for 0 to {@code maxEdits} edits of {@code word} (index = edits), built as
     * Lucene's fuzzy query builds them: transpositions count as one edit, no fixed prefix.
     */
    Built forWord(String word, int maxEdits) {
        Key key = new Key(word, maxEdits);
        synchronized (recent) {
            Built known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        // Built outside the lock: two searches may build the same word at once, which is harmless.
        Built built = build(word, maxEdits);
        synchronized (recent) {
            if (recent.putIfAbsent(key, built) == null) {
                usedBytes += built.ramBytes();
                evictBeyondBudget();
            }
        }
        return built;
    }

    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }

    private void evictBeyondBudget() {
        Iterator<Map.Entry<Key, Built>> oldestFirst = recent.entrySet().iterator();
        while (usedBytes > budgetBytes && recent.size() > 1 && oldestFirst.hasNext()) {
            usedBytes -= oldestFirst.next().getValue().ramBytes();
            oldestFirst.remove();
        }
    }

    private static Built build(String word, int maxEdits) {
        LevenshteinAutomata levenshtein = new LevenshteinAutomata(word, true);
        CompiledAutomaton[] byEdits = new CompiledAutomaton[maxEdits + 1];
        long bytes = 0;
        for (int edits = 0; edits <= maxEdits; edits++) {
            byEdits[edits] = new CompiledAutomaton(levenshtein.toAutomaton(edits, ""), true, false);
            bytes += byEdits[edits].ramBytesUsed();
        }
        return new Built(byEdits, word.codePointCount(0, word.length()), bytes);
    }

    private record Key(String word, int maxEdits) {
    }

    /** The automata by number of edits, and the word's length in code points. */
    record Built(CompiledAutomaton[] byEdits, int wordLength, long ramBytes) {

        int maxEdits() {
            return byEdits.length - 1;
        }
    }
}
