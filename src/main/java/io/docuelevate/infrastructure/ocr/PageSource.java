package io.docuelevate.infrastructure.ocr;

import io.docuelevate.domain.processing.DocumentRejectedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The pages of one OCR input, planned up front (page count and pixel limits checked before any work)
 * and then turned into image files Tesseract reads, by one {@link Renderer} per worker thread because
 * PDF documents are not thread-safe.
 */
interface PageSource {

    int pageCount();

    Renderer openRenderer();

    /** The file Tesseract reads for one page: {@code tiffFrame} is the frame index, or -1 for other formats. */
    record PageImage(Path file, int tiffFrame, int dpi, boolean temporary) {}

    /** Produces page images for one thread at a time. */
    interface Renderer extends AutoCloseable {

        /** The image for page {@code index} (0-based), written into {@code workDir} when it must be made. */
        PageImage image(int index, Path workDir) throws DocumentRejectedException, IOException;

        /** A copy decoded by Java to retry with when Leptonica could not read {@link #image}; empty if none. */
        default Optional<PageImage> decodedCopy(int index, Path workDir) throws DocumentRejectedException, IOException {
            return Optional.empty();
        }

        @Override
        void close() throws IOException;
    }
}
