package io.docuelevate.domain.processing;

import io.docuelevate.domain.document.DocumentType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Port: turns an Office, text or e-mail file into a PDF the rest of the pipeline works on (step
 * {@code convert_to_pdf}). External resources a document refers to (remote images, style sheets, links)
 * are never fetched.
 */
public interface DocumentConverter {

    /** Whether conversion is switched on; when off, such files are refused at upload. */
    boolean enabled();

    /** Why conversions cannot run now (switched off, the converter not installed); empty when they can. */
    Optional<String> unavailable();

    /**
     * Writes a PDF of {@code source} (of the convertible {@code type}) to {@code target}.
     *
     * @throws DocumentRejectedException the file cannot be converted (damaged, not what it claims to be,
     *     past the time limit, the converter missing): a permanent failure, shown to the user
     * @throws IOException reading or writing the work directory failed
     */
    void toPdf(Path source, DocumentType type, Path target) throws DocumentRejectedException, IOException;
}
