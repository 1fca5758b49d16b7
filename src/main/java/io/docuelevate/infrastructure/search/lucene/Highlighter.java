package io.docuelevate.infrastructure.search.lucene;

import java.text.BreakIterator;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights the title, the file name and the text of hits. Each is stored once under its German-analysed
 * name and highlighted with the matches of both analyses (the English field is a masked field of the same
 * text), read from the offsets stored in the postings, so nothing is analysed again at query time. Each
 * field is one passage (no sentence detection, which dominated the cost on long texts with many matches);
 * the text snippet is cropped around its first match by {@link MarkFormatter}.
 */
final class Highlighter extends UnifiedHighlighter {

    /** Length of the text snippet in characters (the reference crops {@code ocr_text} to about 200). */
    static final int SNIPPET_CHARS = 200;

    private static final PassageFormatter WHOLE = new MarkFormatter(0);
    private static final PassageFormatter CROPPED = new MarkFormatter(SNIPPET_CHARS);

    Highlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withWeightMatches(false)
                .withMaskedFieldsFunc(field -> LuceneFields.HIGHLIGHTED.containsKey(field)
                        ? Set.of(field + SearchAnalyzer.ENGLISH_SUFFIX) : Set.of()));
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return new WholeBreakIterator();
    }

    @Override
    protected PassageFormatter getFormatter(String field) {
        return LuceneFields.CONTENT.equals(field) ? CROPPED : WHOLE;
    }
}
