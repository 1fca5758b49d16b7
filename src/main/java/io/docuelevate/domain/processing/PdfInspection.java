package io.docuelevate.domain.processing;

/**
 * What a PDF's own text layer offers, found without rendering: the page count, whether some page has
 * a usable text layer (so OCR can be skipped), the producing software ({@code /Producer},
 * {@code /Creator}) for later quality decisions, and the damage the parser had to repair to read the file
 * ({@code null} for a well-formed file), so a repaired document can say that text or pages may be missing.
 */
public record PdfInspection(int pageCount, boolean hasUsableText, String producer, String creator, String damage) {

    /** The inspection of a well-formed file: nothing had to be repaired. */
    public PdfInspection(int pageCount, boolean hasUsableText, String producer, String creator) {
        this(pageCount, hasUsableText, producer, creator, null);
    }

    /** Whether the parser had to repair the file (it is truncated or its cross-reference data is broken). */
    public boolean repaired() {
        return damage != null;
    }
}
