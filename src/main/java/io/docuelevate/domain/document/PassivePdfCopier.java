package io.docuelevate.domain.document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes a copy of a PDF that a browser can display without running anything: JavaScript, launch, form-submit and
 * other actions, embedded files, multimedia and XFA removed; pages, text and links to web pages kept. Previews are
 * served from such a copy, under the application's origin, while the stored file stays untouched.
 */
public interface PassivePdfCopier {

    /**
     * Writes the passive copy of {@code source} to {@code target}.
     *
     * @throws IOException the source cannot be read or parsed (encrypted, damaged beyond repair), or the copy cannot
     *     be written; nothing usable is at {@code target} then
     */
    void copy(Path source, Path target) throws IOException;
}
