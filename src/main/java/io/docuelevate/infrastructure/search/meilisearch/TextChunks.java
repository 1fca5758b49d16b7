package io.docuelevate.infrastructure.search.meilisearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a document's text into attributes Meilisearch indexes completely. Meilisearch indexes at most
 * 65,535 word positions per attribute and silently ignores the rest; a word after a hard separator
 * ({@code .}, {@code !}, line breaks…) advances the position by 8. So each chunk holds at most
 * {@value #MAX_WORDS_PER_CHUNK} words (8 × 8,000 = 64,000 &lt; 65,535), counted pessimistically: every run of
 * letters or digits is a word, every CJK/Thai character is one. Chunks end at whitespace, so no word is cut.
 *
 * <p>The first chunk is {@code ocr_text} (the reference's attribute), the next ones {@code ocr_text_2} …
 * {@code ocr_text_}{@value #MAX_CHUNKS}. Text beyond that (over 500,000 words) goes into the last chunk as its
 * distinct words only: still findable word by word, no longer as phrases.
 */
public final class TextChunks {

    public static final int MAX_WORDS_PER_CHUNK = 8_000;
    public static final int MAX_CHUNKS = 64;
    public static final String FIRST = "ocr_text";

    private TextChunks() {}

    /** The attribute name of chunk {@code number} (1-based). */
    public static String attribute(int number) {
        if (number < 1 || number > MAX_CHUNKS) {
            throw new IllegalArgumentException("chunk number " + number + " outside 1.." + MAX_CHUNKS);
        }
        return number == 1 ? FIRST : FIRST + "_" + number;
    }

    /** Every chunk attribute name, in order. */
    public static List<String> attributes() {
        List<String> names = new ArrayList<>(MAX_CHUNKS);
        for (int i = 1; i <= MAX_CHUNKS; i++) {
            names.add(attribute(i));
        }
        return names;
    }

    /** The text as chunk attribute → text, in order; an empty text gives {@code ocr_text: ""}. */
    public static Map<String, String> split(String text) {
        return split(text, MAX_WORDS_PER_CHUNK, MAX_CHUNKS);
    }

    static Map<String, String> split(String text, int wordsPerChunk, int maxChunks) {
        Map<String, String> chunks = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            chunks.put(FIRST, "");
            return chunks;
        }
        int start = 0;
        int number = 1;
        while (start < text.length()) {
            if (number == maxChunks) {
                String rest = text.substring(start);
                chunks.put(name(number), countWords(rest) <= wordsPerChunk ? rest : distinctWords(rest, wordsPerChunk));
                break;
            }
            int end = chunkEnd(text, start, wordsPerChunk);
            chunks.put(name(number), text.substring(start, end));
            start = end;
            number++;
        }
        return chunks;
    }

    private static String name(int number) {
        return number == 1 ? FIRST : FIRST + "_" + number;
    }

    /** Words of a text, counted the pessimistic way described above (package-visible for tests). */
    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isSingleCharacterWord(codePoint)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(codePoint)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
            i += Character.charCount(codePoint);
        }
        return words;
    }

    /** End (exclusive) of the chunk starting at {@code start}: after at most {@code limit} words, at whitespace. */
    private static int chunkEnd(String text, int start, int limit) {
        int words = 0;
        boolean inWord = false;
        int lastWhitespace = -1;
        for (int i = start; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean single = isSingleCharacterWord(codePoint);
            boolean wordStart = single || (Character.isLetterOrDigit(codePoint) && !inWord);
            if (wordStart) {
                if (words == limit) {
                    return lastWhitespace > start ? lastWhitespace : i;
                }
                words++;
            }
            inWord = !single && Character.isLetterOrDigit(codePoint);
            if (Character.isWhitespace(codePoint)) {
                lastWhitespace = i;
            }
            i += Character.charCount(codePoint);
        }
        return text.length();
    }

    private static String distinctWords(String text, int limit) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String token : text.split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                distinct.putIfAbsent(token.toLowerCase(Locale.ROOT), token);
            }
        }
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (String token : distinct.values()) {
            int count = countWords(token);
            if (words + count > limit) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(token);
            words += count;
        }
        return out.toString();
    }

    private static boolean isSingleCharacterWord(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI;
    }
}
