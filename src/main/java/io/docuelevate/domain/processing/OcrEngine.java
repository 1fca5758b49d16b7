package io.docuelevate.domain.processing;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Port: optical character recognition (step {@code process_with_ocr}). Turns an image-only PDF or an
 * image (PNG, JPEG, TIFF incl. multi-page, GIF, BMP, WebP) into its text and a searchable PDF (each
 * page's image with an invisible text layer), refusing pixel bombs by explicit limits.
 */
public interface OcrEngine {

    /** Called after each page so long documents show progress. */
    @FunctionalInterface
    interface Progress {
        void pageDone(int done, int total);
    }

    /**
     * Recognises {@code input} and writes the searchable PDF to {@code searchablePdf} (replaced
     * atomically: the file appears only when complete).
     *
     * @param mimeType  the detected type of {@code input} ({@code application/pdf}, {@code image/png}, ...)
     * @param languages Tesseract languages, e.g. {@code eng+deu}; {@code null} for the configured default
     *                  ({@code TESSERACT_LANGUAGE})
     * @throws DocumentRejectedException permanent: unreadable input, pixel limit exceeded, missing language data
     * @throws IOException transient I/O trouble (retried)
     */
    OcrResult recognize(Path input, String mimeType, String languages, Path searchablePdf, Progress progress)
            throws DocumentRejectedException, IOException;
}
