package io.docuelevate.application.processing;

import io.docuelevate.domain.document.DocumentFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Test only: lets a crash test stop a step between two writes that must survive a {@code kill -9} together.
 * With {@code TEST_PAUSE_AT} naming a point (several separated by commas), the first document to reach it
 * writes the marker {@code WORKDIR/test-pause-<point>-<fileId>} and holds there for {@link #HOLD}, so the
 * test can kill the server at exactly that point. Unset (production), {@link #reached} returns at once.
 */
@ApplicationScoped
public class StepPauses {

    /** {@code embed_metadata_into_pdf}: the PDF and its sidecar are in {@code processed/}, the database does not know. */
    public static final String EMBED_WRITTEN = "embed-written";
    /** {@code embed_metadata_into_pdf}: the processed path is committed, the step's success is not. */
    public static final String EMBED_COMMITTED = "embed-committed";

    static final Duration HOLD = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(StepPauses.class.getName());

    @Inject
    ProcessingOptions options;

    @Inject
    DocumentFiles workdir;

    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** Holds the calling step when {@code point} is configured and no document has held there yet. */
    public void reached(String point, long fileId) {
        boolean configured = options.testPausePoint()
                .map(points -> Set.of(points.split("\\s*,\\s*")).contains(point))
                .orElse(false);
        if (!configured || !used.add(point)) {
            return;
        }
        LOG.warning(() -> "TEST_PAUSE_AT holds document " + fileId + " at " + point + " (a test setting)");
        try {
            Files.writeString(marker(workdir.root(), point, fileId), Long.toString(fileId));
            new CountDownLatch(1).await(HOLD.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException e) {
            LOG.warning(() -> "cannot write the pause marker: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The marker a test polls for: the document held at {@code point}. */
    public static Path marker(Path workdirRoot, String point, long fileId) {
        return workdirRoot.resolve("test-pause-" + point + "-" + fileId);
    }
}
