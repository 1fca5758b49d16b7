package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.documents.DocumentQueries.FileVersion;
import io.docuelevate.application.documents.DocumentQueries.StoredFile;
import io.docuelevate.domain.document.DocumentFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The files of a document row as they are on disk: only regular files inside the work directory are
 * found; a stored path leading elsewhere is refused (and logged), never served.
 */
@ApplicationScoped
public class StoredFileLookup {

    private static final Logger LOG = Logger.getLogger(StoredFileLookup.class.getName());

    @Inject
    DocumentFiles workdir;

    /** The document's original or processed file with its download name and media type, if it is on disk. */
    public Optional<StoredFile> storedFile(DocumentRow row, FileVersion version) {
        String stored = version == FileVersion.ORIGINAL ? row.originalFilePath() : row.processedFilePath();
        return existingFile(stored).map(path -> {
            String filename = version == FileVersion.ORIGINAL
                            && row.originalFilename() != null
                            && !row.originalFilename().isBlank()
                    ? row.originalFilename()
                    : path.getFileName().toString();
            String mediaType =
                    version == FileVersion.PROCESSED ? "application/pdf" : mediaTypeOf(row.mimeType(), filename);
            try {
                return new StoredFile(row.id(), version, path, filename, mediaType, Files.size(path));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot read the size of " + path, e);
                return null;
            }
        });
    }

    /**
     * The stored path as a regular file inside the work directory. Paths may be stored absolute or relative
     * to the work directory; anything resolving outside it is refused (and logged), never served.
     */
    public Optional<Path> existingFile(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        Path root = workdir.root();
        Path path;
        try {
            Path candidate = Path.of(stored);
            path = (candidate.isAbsolute() ? candidate : root.resolve(candidate))
                    .toAbsolutePath()
                    .normalize();
        } catch (InvalidPathException e) {
            LOG.warning("Stored file path is not a valid path: " + stored);
            return Optional.empty();
        }
        if (!path.startsWith(root)) {
            LOG.warning("Stored file path is outside the work directory and is not served: " + stored);
            return Optional.empty();
        }
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Optional.of(path) : Optional.empty();
    }

    private static String mediaTypeOf(String recorded, String filename) {
        if (recorded != null && !recorded.isBlank()) {
            return recorded;
        }
        String guessed = URLConnection.guessContentTypeFromName(filename);
        return guessed != null ? guessed : "application/octet-stream";
    }
}
