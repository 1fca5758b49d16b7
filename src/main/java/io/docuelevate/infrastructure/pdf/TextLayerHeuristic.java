package io.docuelevate.infrastructure.pdf;

/**
 * Decides whether extracted text is a real text layer, so that OCR can be skipped.
 *
 * <p>The text counts as usable when some page has at least {@value #MIN_LETTERS_OR_DIGITS} letters or
 * digits <em>and</em> at least one word of {@value #MIN_WORD_LETTERS} or more consecutive letters. Pages
 * are judged one by one so that what scanners leave on every page (a page number such as "Page 7 of 120",
 * a date stamp, a few stray glyphs) never adds up to a text layer over a long document.
 * Characters that are byte-swapped ASCII (U+2000..U+7E00 with a zero low byte, e.g. "䴀甀氀" for "Mul",
 * the signature of a broken ToUnicode map) are not counted as letters: such a layer is unusable even
 * though it looks like CJK text.
 *
 * <p>Fed incrementally (one character at a time, surrogate pairs allowed), so that a reader can stop
 * extracting as soon as the answer is known.
 */
final class TextLayerHeuristic {

    static final int MIN_LETTERS_OR_DIGITS = 20;
    static final int MIN_WORD_LETTERS = 3;

    private int lettersOrDigits;
    private int currentWordLetters;
    private boolean hasWord;
    private char pendingHighSurrogate;
    private boolean usablePageSeen;

    /** Whether {@code text}, taken as one page, passes the heuristic. */
    static boolean isUsable(CharSequence text) {
        TextLayerHeuristic heuristic = new TextLayerHeuristic();
        for (int i = 0; i < text.length() && !heuristic.isUsable(); i++) {
            heuristic.accept(text.charAt(i));
        }
        return heuristic.isUsable();
    }

    void accept(char c) {
        if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = c;
            return;
        }
        int codePoint = c;
        if (pendingHighSurrogate != 0 && Character.isLowSurrogate(c)) {
            codePoint = Character.toCodePoint(pendingHighSurrogate, c);
        }
        pendingHighSurrogate = 0;
        acceptCodePoint(codePoint);
    }

    /** Starts judging the next page; a page found usable before stays counted. */
    void startPage() {
        usablePageSeen = isUsable();
        lettersOrDigits = 0;
        currentWordLetters = 0;
        hasWord = false;
        pendingHighSurrogate = 0;
    }

    boolean isUsable() {
        return usablePageSeen || hasWord && lettersOrDigits >= MIN_LETTERS_OR_DIGITS;
    }

    private void acceptCodePoint(int codePoint) {
        boolean letter = Character.isLetter(codePoint) && !isByteSwappedAscii(codePoint);
        if (letter || Character.isDigit(codePoint)) {
            lettersOrDigits++;
        }
        if (letter) {
            currentWordLetters++;
            if (currentWordLetters >= MIN_WORD_LETTERS) {
                hasWord = true;
            }
        } else {
            currentWordLetters = 0;
        }
    }

    private static boolean isByteSwappedAscii(int codePoint) {
        return (codePoint & 0xFF) == 0 && codePoint >= 0x2000 && codePoint <= 0x7E00;
    }
}
