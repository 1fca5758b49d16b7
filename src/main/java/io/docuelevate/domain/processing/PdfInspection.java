package io.docuelevate.domain.processing;

/**
 * What a PDF's own text layer offers, found without rendering: the page count, whether some page has
 * a usable text layer (so OCR can be skipped), and the producing software ({@code /Producer},
 * {@code /Creator}) for later quality decisions.
 */
public record PdfInspection(int pageCount, boolean hasUsableText, String producer, String creator) {}
