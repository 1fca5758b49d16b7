package io.docuelevate.domain.document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Port: the work directory as documents see it. Originals live immutable under {@code original/}, uploads
 * and working copies under {@code tmp/}, published PDFs with their {@code .json} sidecars under
 * {@code processed/}; the database stores paths relative to {@link #root()}.
 */
public interface DocumentFiles {

    Path root();

    /** Immutable originals, as uploaded. */
    default Path original() {
        return root().resolve("original");
    }

    /** Uploads in progress and working copies. */
    default Path tmp() {
        return root().resolve("tmp");
    }

    /** Published PDFs and their sidecars. */
    default Path processed() {
        return root().resolve("processed");
    }

    /** Creates the folders of the layout; fails with the folder that could not be made. */
    void createLayout() throws IOException;

    /** A path as stored in the database, resolved inside the root (anything leaving it is refused). */
    default Path resolve(String stored) {
        return Filenames.resolveInside(root(), stored);
    }

    /** How a file inside the root is stored in the database. */
    default String relativize(Path file) {
        return root().relativize(file).toString();
    }

    /** The {@code .json} sidecar of a processed PDF. */
    default Path sidecarOf(Path processedPdf) {
        return Filenames.sidecarOf(processedPdf);
    }
}
