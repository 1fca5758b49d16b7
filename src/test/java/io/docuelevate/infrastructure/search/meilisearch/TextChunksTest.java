package io.docuelevate.infrastructure.search.meilisearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextChunksTest {

    @Test
    void shortTextStaysInOcrText() {
        assertEquals(Map.of("ocr_text", "Rechnung Nr. 42"), TextChunks.split("Rechnung Nr. 42"));
        assertEquals(Map.of("ocr_text", ""), TextChunks.split(""));
        assertEquals(Map.of("ocr_text", ""), TextChunks.split(null));
    }

    @Test
    void longTextIsCutAtWhitespaceIntoChunksOfBoundedWordsThatAddUpToTheText() {
        String text = IntStream.range(0, 20_000).mapToObj(i -> "w" + i).collect(Collectors.joining(i(2)));
        Map<String, String> chunks = TextChunks.split(text);

        assertEquals(List.of("ocr_text", "ocr_text_2", "ocr_text_3"), List.copyOf(chunks.keySet()));
        assertEquals(text, String.join("", chunks.values()));
        for (String chunk : chunks.values()) {
            assertTrue(TextChunks.countWords(chunk) <= TextChunks.MAX_WORDS_PER_CHUNK);
        }
        assertEquals(8_000, TextChunks.countWords(chunks.get("ocr_text")));
        assertTrue(
                chunks.get("ocr_text_2").startsWith(" w8000")
                        || chunks.get("ocr_text_2").startsWith("w8000"),
                chunks.get("ocr_text_2").substring(0, 10));
    }

    @Test
    void worstCasePositionsStayUnderTheAttributeLimit() {
        String sentences = IntStream.range(0, 30_000).mapToObj(i -> "x" + i).collect(Collectors.joining(". "));
        for (String chunk : TextChunks.split(sentences).values()) {
            int words = TextChunks.countWords(chunk);
            assertTrue(8 * words < 65_535, "every word after a hard separator costs 8 positions: " + words);
        }
    }

    @Test
    void wordsAreCountedPessimistically() {
        assertEquals(4, TextChunks.countWords("Rechnung-Nr.2026/42"));
        assertEquals(3, TextChunks.countWords("東京都"), "CJK characters count one each");
        assertEquals(2, TextChunks.countWords("  über   straße "));
        assertEquals(0, TextChunks.countWords(" ... -- "));
    }

    @Test
    void textWithoutWhitespaceIsCutBetweenWords() {
        String text = IntStream.range(0, 25).mapToObj(i -> "a" + i).collect(Collectors.joining("."));
        Map<String, String> chunks = TextChunks.split(text, 10, 64);
        assertEquals(text, String.join("", chunks.values()));
        assertEquals(3, chunks.size());
        chunks.values().forEach(chunk -> assertTrue(TextChunks.countWords(chunk) <= 10, chunk));
    }

    @Test
    void beyondTheLastChunkTheDistinctWordsAreKept() {
        String text = IntStream.range(0, 100).mapToObj(i -> "w" + (i % 30)).collect(Collectors.joining(" "))
                + " unique1 unique2";
        Map<String, String> chunks = TextChunks.split(text, 10, 3);

        assertEquals(3, chunks.size());
        String last = chunks.get("ocr_text_3");
        assertTrue(TextChunks.countWords(last) <= 10, last);
        Map<String, String> roomy = TextChunks.split(text, 40, 3);
        assertTrue(roomy.get("ocr_text_3").contains("unique2"), roomy.get("ocr_text_3"));
    }

    @Test
    void attributeNames() {
        assertEquals("ocr_text", TextChunks.attribute(1));
        assertEquals("ocr_text_64", TextChunks.attribute(64));
        assertEquals(64, TextChunks.attributes().size());
    }

    private static String i(int spaces) {
        return " ".repeat(spaces);
    }
}
