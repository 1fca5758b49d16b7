package io.docuelevate.application.documents;

import io.docuelevate.application.documents.DocumentQueries.StoredFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Several documents as one ZIP archive: the processed PDF where there is one, else the original; documents
 * without a file on disk are left out and repeated names get {@code " (2)"}, {@code " (3)"}... The archive is
 * written straight to the caller's stream, so it is never held in memory or on disk.
 */
@ApplicationScoped
public class DocumentArchive {

    @Inject
    DocumentQueries queries;

    /**
     * The files an archive of these documents contains, looked up now so that a request naming nothing
     * downloadable is refused before any byte is sent.
     */
    public Contents contents(List<Long> ids, Optional<String> ownerId) {
        List<StoredFile> files = queries.preferredFiles(ids, ownerId);
        if (files.isEmpty()) {
            throw new NoVisibleDocumentsException(
                    NoVisibleDocumentsException.NO_FILES_FOUND + " (or none of them has a file on disk)");
        }
        return new Contents(files);
    }

    /** The files of one archive, in the order they are written. */
    public record Contents(List<StoredFile> files) {

        public Contents {
            files = List.copyOf(files);
        }

        /** Writes the archive; a file deleted since it was looked up is left out. */
        public void writeTo(OutputStream output) throws IOException {
            try (ZipOutputStream archive = new ZipOutputStream(output)) {
                ZipEntryNames names = new ZipEntryNames();
                for (StoredFile file : files) {
                    try (InputStream in = Files.newInputStream(file.path())) {
                        archive.putNextEntry(new ZipEntry(names.next(file.filename())));
                        in.transferTo(archive);
                        archive.closeEntry();
                    } catch (NoSuchFileException vanished) {
                        // deleted since it was looked up: the archive goes on without it
                    }
                }
            }
        }
    }
}
