/**
 * Tesseract OCR through Tess4J: a pool of engines, page sources for PDFs and images, pixel-bomb
 * limits.
 */
package io.docuelevate.infrastructure.ocr;
