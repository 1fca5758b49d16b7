package io.docuelevate.domain.processing;

/** The recognised text of all pages (pages separated by a form feed) and how many pages were read. */
public record OcrResult(String text, int pages) {}
