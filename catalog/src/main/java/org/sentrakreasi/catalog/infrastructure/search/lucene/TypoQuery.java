package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.AttributeSource;

/**
 * A {@link FuzzyQuery} (same terms, same scores, same rewrite to the {@code maxExpansions} closest
 * terms) whose automata come from {@link TypoAutomata} instead of being built for every field of
 * every search.
 */
final class TypoQuery extends FuzzyQuery {

    private final TypoAutomata automata;

    TypoQuery(Term term, int maxEdits, int maxExpansions, TypoAutomata automata) {
        super(term, maxEdits, 0, maxExpansions, true);
        this.automata = automata;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        if (getMaxEdits() == 0) {
            return super.getTermsEnum(terms, atts);
        }
        return new TypoTermsEnum(terms, atts, getTerm().bytes(), automata.forWord(getTerm().text(), getMaxEdits()));
    }
}
