package io.docuelevate.infrastructure.search.lucene;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis of the index's text fields: each word is indexed with its German stem and, where it differs, its
 * English stem at the same position ({@link BilingualStemFilter}), so "Rechnungen" finds "Rechnung" and
 * "invoices" finds "invoice" whatever the document's language, in one field per text. File names are read
 * with {@code _ . -} as spaces ({@code invoice_2026-03.pdf} → invoice, 2026, 03, pdf) without changing
 * offsets, so highlights still point into the original name.
 *
 * <p>Stop words of both languages are dropped. A German document's "die" and "und" are not worth finding,
 * nor an English "the", and a phrase such as {@code "the total amount due"} would otherwise read the positions
 * of "the" in every English document (the commonest cost of phrase queries). Changing the analysis changes
 * {@link IndexFormat#VERSION}.
 */
final class SearchAnalyzer extends Analyzer {

    private static final NormalizeCharMap FILENAME_SEPARATORS;

    static {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("_", " ");
        builder.add(".", " ");
        builder.add("-", " ");
        FILENAME_SEPARATORS = builder.build();
    }

    /** German and English stop words together (lower case, as the analyses compare them). */
    static final CharArraySet STOP_WORDS;

    static {
        CharArraySet both = new CharArraySet(GermanAnalyzer.getDefaultStopSet(), false);
        both.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        STOP_WORDS = CharArraySet.unmodifiableSet(both);
    }

    private final boolean withEnglish;
    private final SearchAnalyzer phrases;

    /** The analysis of indexed text and of the words of a query: German and English stems. */
    SearchAnalyzer() {
        this(true);
    }

    private SearchAnalyzer(boolean withEnglish) {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
        this.withEnglish = withEnglish;
        this.phrases = withEnglish ? new SearchAnalyzer(false) : this;
    }

    /**
     * The analysis of a quoted phrase: German stems only. The German stem is at every indexed position, so a
     * phrase of them finds the same documents as one of alternatives at each word, without reading the positions
     * of both stems.
     */
    SearchAnalyzer phrases() {
        return phrases;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stems =
                new BilingualStemFilter(new StopFilter(new LowerCaseFilter(words), STOP_WORDS), withEnglish);
        return new TokenStreamComponents(words, stems);
    }

    /** How a prefix is compared with the stems: lower case, umlauts folded as the German stems are. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return fieldName.startsWith(LuceneFields.FILENAME)
                ? new MappingCharFilter(FILENAME_SEPARATORS, reader)
                : reader;
    }

    @Override
    public void close() {
        if (phrases != this) {
            phrases.close();
        }
        super.close();
    }
}
