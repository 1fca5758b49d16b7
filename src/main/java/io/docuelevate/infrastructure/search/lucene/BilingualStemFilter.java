package io.docuelevate.infrastructure.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each word by its German stem (umlauts folded, light stemming) and, when English stemming (umlauts
 * folded, possessive dropped, Porter) gives another stem, adds that one at the same position, as a synonym.
 * One field thus finds "Rechnungen" and "invoices" by either language's rules, while a word whose stems agree
 * (most English words, every word without inflection) is indexed and looked up once: two fields, one per
 * language, held the same postings twice and made every search read both. The German stem is at every
 * position, so phrases are matched on German stems alone ({@link SearchAnalyzer#phrases()}).
 */
final class BilingualStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Stemmer german = new Stemmer(word -> new GermanLightStemFilter(new GermanNormalizationFilter(word)));
    private final Stemmer english;
    private final StringBuilder englishStem = new StringBuilder();
    private State stacked;

    /** @param withEnglish whether to add the English stem (indexing and word queries) or not (phrase queries) */
    BilingualStemFilter(TokenStream input, boolean withEnglish) {
        super(input);
        this.english = withEnglish
                ? new Stemmer(
                        word -> new PorterStemFilter(new EnglishPossessiveFilter(new GermanNormalizationFilter(word))))
                : null;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (stacked != null) {
            restoreState(stacked);
            stacked = null;
            term.setEmpty().append(englishStem);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        CharTermAttribute germanStem = german.stem(term);
        CharTermAttribute otherStem = english == null ? null : english.stem(term);
        term.setEmpty().append(germanStem);
        if (otherStem != null
                && !Arrays.equals(
                        otherStem.buffer(), 0, otherStem.length(), germanStem.buffer(), 0, germanStem.length())) {
            englishStem.setLength(0);
            englishStem.append(otherStem);
            stacked = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stacked = null;
    }

    /** One language's stemming filters over a one-word stream, reused for every word. */
    private static final class Stemmer {
        private final OneWord word = new OneWord();
        private final TokenStream filters;
        private final CharTermAttribute result;

        Stemmer(UnaryOperator<TokenStream> chain) {
            this.filters = chain.apply(word);
            this.result = filters.getAttribute(CharTermAttribute.class);
        }

        /** The stem of {@code input}, valid until the next call (the one-word stream is not ended, which would clear it). */
        CharTermAttribute stem(CharTermAttribute input) throws IOException {
            word.set(input);
            filters.reset();
            filters.incrementToken();
            return result;
        }
    }

    /** A token stream of the one word last {@link #set}. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final StringBuilder pending = new StringBuilder();
        private boolean available;

        void set(CharSequence word) {
            pending.setLength(0);
            pending.append(word);
            available = true;
        }

        @Override
        public boolean incrementToken() {
            if (!available) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(pending);
            available = false;
            return true;
        }
    }
}
