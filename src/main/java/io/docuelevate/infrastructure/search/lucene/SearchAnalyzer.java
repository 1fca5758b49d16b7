package io.docuelevate.infrastructure.search.lucene;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Analysis of the index's text fields: every text is indexed twice, once with German stemming (the field
 * without suffix, e.g. {@code content}) and once with English stemming ({@code content.en}), so
 * "Rechnungen" finds "Rechnung" and "invoices" finds "invoice" whatever the document's language. File names
 * are read with {@code _ . -} as spaces ({@code invoice_2026-03.pdf} → invoice, 2026, 03, pdf) without
 * changing offsets, so highlights still point into the original name.
 *
 * <p>Both analyses drop the stop words of both languages. A German document's "die" and "und" are not
 * worth finding through the English field, nor an English "the" through the German one, and a phrase such
 * as {@code "the total amount due"} would otherwise read the positions of "the" in every English document
 * (the commonest cost of phrase queries). Changing the analysis changes {@link LuceneSearchIndex#FORMAT}.
 */
final class SearchAnalyzer extends AnalyzerWrapper {

    static final String ENGLISH_SUFFIX = ".en";

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

    private final Analyzer german = new GermanAnalyzer(STOP_WORDS);
    private final Analyzer english = new EnglishAnalyzer(STOP_WORDS);

    SearchAnalyzer() {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return fieldName.endsWith(ENGLISH_SUFFIX) ? english : german;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return fieldName.startsWith(LuceneFields.FILENAME) ? new MappingCharFilter(FILENAME_SEPARATORS, reader) : reader;
    }

    @Override
    public void close() {
        german.close();
        english.close();
        super.close();
    }
}
