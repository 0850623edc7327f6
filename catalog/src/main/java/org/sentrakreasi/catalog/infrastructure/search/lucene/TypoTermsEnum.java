package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.MaxNonCompetitiveBoostAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * Lucene's {@code FuzzyTermsEnum} over prebuilt automata: the index terms within the allowed edits
 * of a word, each boosted by its similarity ({@code 1 - edits / shorter length}, 1 for the word
 * itself). Like Lucene's, it narrows to fewer edits once the rewrite's queue of best terms is full
 * of closer ones ({@link MaxNonCompetitiveBoostAttribute}), so a word with many exact neighbours
 * never walks the two-edit automaton to its end.
 */
final class TypoTermsEnum extends TermsEnum {

    private final Terms terms;
    private final AttributeSource atts;
    private final BytesRef word;
    private final TypoAutomata.Built automata;
    private final BoostAttribute boost;
    private final MaxNonCompetitiveBoostAttribute competitive;

    private TermsEnum current;
    private int maxEdits;
    private float bottom;
    private BytesRef bottomTerm;
    private BytesRef queuedBottom;

    TypoTermsEnum(Terms terms, AttributeSource atts, BytesRef word, TypoAutomata.Built automata) throws IOException {
        this.terms = terms;
        this.atts = atts;
        this.word = word;
        this.automata = automata;
        this.boost = atts.addAttribute(BoostAttribute.class);
        this.competitive = atts.addAttribute(MaxNonCompetitiveBoostAttribute.class);
        this.maxEdits = automata.maxEdits();
        this.bottom = competitive.getMaxNonCompetitiveBoost();
        this.bottomTerm = competitive.getCompetitiveTerm();
        bottomChanged(null);
    }

    @Override
    public BytesRef next() throws IOException {
        if (queuedBottom != null) {
            bottomChanged(queuedBottom);
            queuedBottom = null;
        }
        BytesRef term = current.next();
        if (term == null) {
            return null;
        }
        int edits = maxEdits;
        while (edits > 0 && matches(term, edits - 1)) {
            edits--;
        }
        if (edits == 0) {
            boost.setBoost(1f);
        } else {
            int shorter = Math.min(UnicodeUtil.codePointCount(term), automata.wordLength());
            boost.setBoost(1f - (float) edits / shorter);
        }
        float newBottom = competitive.getMaxNonCompetitiveBoost();
        BytesRef newBottomTerm = competitive.getCompetitiveTerm();
        if (newBottom != bottom || newBottomTerm != bottomTerm) {
            bottom = newBottom;
            bottomTerm = newBottomTerm;
            queuedBottom = BytesRef.deepCopyOf(term);
        }
        return term;
    }

    /** Fewer allowed edits once terms that far away can no longer enter the queue of best terms. */
    private void bottomChanged(BytesRef lastTerm) throws IOException {
        int before = maxEdits;
        boolean termAfter = bottomTerm == null || (lastTerm != null && lastTerm.compareTo(bottomTerm) >= 0);
        while (maxEdits > 0) {
            float bestPossible = 1f - (float) maxEdits / automata.wordLength();
            if (bottom < bestPossible || (bottom == bestPossible && !termAfter)) {
                break;
            }
            maxEdits--;
        }
        if (before != maxEdits || lastTerm == null) {
            CompiledAutomaton compiled = automata.byEdits()[maxEdits];
            BytesRef seekFrom = lastTerm == null ? null : compiled.floor(lastTerm, new BytesRefBuilder());
            current = terms.intersect(compiled, seekFrom);
        }
    }

    private boolean matches(BytesRef term, int edits) {
        return edits == 0
                ? term.equals(word)
                : automata.byEdits()[edits].runAutomaton.run(term.bytes, term.offset, term.length);
    }

    @Override
    public AttributeSource attributes() {
        return atts;
    }

    @Override
    public BytesRef term() throws IOException {
        return current.term();
    }

    @Override
    public int docFreq() throws IOException {
        return current.docFreq();
    }

    @Override
    public long totalTermFreq() throws IOException {
        return current.totalTermFreq();
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
        return current.postings(reuse, flags);
    }

    @Override
    public ImpactsEnum impacts(int flags) throws IOException {
        return current.impacts(flags);
    }

    @Override
    public void seekExact(BytesRef text, TermState state) throws IOException {
        current.seekExact(text, state);
    }

    @Override
    public TermState termState() throws IOException {
        return current.termState();
    }

    @Override
    public long ord() throws IOException {
        return current.ord();
    }

    @Override
    public boolean seekExact(BytesRef text) throws IOException {
        return current.seekExact(text);
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) throws IOException {
        return current.seekCeil(text);
    }

    @Override
    public void seekExact(long ord) throws IOException {
        current.seekExact(ord);
    }
}
