package io.docuelevate.domain.processing;

import java.io.IOException;
import java.nio.file.Path;

/** Port: reads a PDF's embedded text layer (steps {@code check_text} and {@code extract_text}). */
public interface PdfTextReader {

    /**
     * Opens the PDF and tells whether it has a usable text layer.
     *
     * @throws DocumentRejectedException encrypted ("password required") or malformed (the parser's reason)
     * @throws IOException the file could not be read (transient: retried)
     */
    PdfInspection inspect(Path pdf) throws DocumentRejectedException, IOException;

    /** All pages' text, pages separated by a newline. */
    String extractText(Path pdf) throws DocumentRejectedException, IOException;
}
