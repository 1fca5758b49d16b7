package io.docuelevate.application.documents;

import io.docuelevate.application.documents.DocumentQueries.StoredFile;
import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.document.PassivePdfCopier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a browser is given to display a stored PDF: a passive copy (no script, actions, embedded files or media), so
 * that a hostile upload shown inline under the application's origin cannot run anything. A copy is made per request
 * in {@code WORKDIR/tmp} and removed once sent (the start-up sweep removes one a crash left behind); the stored file
 * is only read.
 */
@ApplicationScoped
public class DocumentPreviews {

    private static final Logger LOG = Logger.getLogger(DocumentPreviews.class.getName());

    @Inject
    PassivePdfCopier copier;

    @Inject
    DocumentFiles files;

    /**
     * The passive copy of a stored PDF, which the caller deletes after sending; empty when none can be made
     * (encrypted, damaged beyond repair), in which case the file must not be shown inline.
     */
    public Optional<Path> passiveCopy(StoredFile pdf) {
        Path target = files.tmp().resolve("preview-" + pdf.documentId() + "-" + UUID.randomUUID() + ".pdf");
        try {
            Files.createDirectories(target.getParent());
            copier.copy(pdf.path(), target);
            return Optional.of(target);
        } catch (IOException e) {
            deleteQuietly(target);
            LOG.log(Level.INFO, "No inline preview for document {0}: {1}; it is offered as a download", new Object[] {
                pdf.documentId(), e.getMessage()
            });
            return Optional.empty();
        }
    }

    /** Removes a copy made by {@link #passiveCopy}. */
    public void discard(Path copy) {
        deleteQuietly(copy);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
