/**
 * PDFBox: reading text layers, judging them, writing metadata (Info and XMP), merging OCR pages,
 * publishing processed files.
 */
package io.docuelevate.infrastructure.pdf;
