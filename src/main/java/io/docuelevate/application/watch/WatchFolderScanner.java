package io.docuelevate.application.watch;

import io.docuelevate.application.ingest.IngestResult;
import io.docuelevate.application.ingest.IngestService;
import io.docuelevate.application.ingest.UploadInterruptedException;
import io.docuelevate.application.ingest.UploadTooLargeException;
import io.docuelevate.domain.integration.IntegrationRepository;
import io.docuelevate.domain.watch.FileObservation;
import io.docuelevate.domain.watch.StabilityWindow;
import io.docuelevate.domain.watch.WatchFolder;
import io.docuelevate.domain.watch.WatchedFileLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One poll of every watched folder: list the regular files (symbolic links and hidden files are never taken),
 * keep those the {@link StabilityWindow} finds complete and the ledger does not know yet, claim each in the
 * ledger, and take it through {@link IngestService} like an upload. A folder that is gone or unreadable is
 * recorded and the next folder scanned; a refused file (type, size) is recorded and never tried again.
 */
@ApplicationScoped
public class WatchFolderScanner {

    private static final Logger LOG = Logger.getLogger(WatchFolderScanner.class.getName());

    /** How long a claim holds a file version without its replica settling it (a crash frees it after this). */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(15);
    /** Attempts for a file whose reading fails for a passing reason. */
    static final int MAX_ATTEMPTS = 3;

    static final int MAX_DEPTH = 16;

    @Inject
    WatchFolders folders;

    @Inject
    WatchedFileLedger ledger;

    @Inject
    IngestService ingest;

    @Inject
    WatchedFileIngest transactions;

    @Inject
    WatchFolderOptions options;

    @Inject
    IntegrationRepository integrations;

    private final Map<String, StabilityWindow> windows = new ConcurrentHashMap<>();

    /** Scans every folder once as {@code worker}; never throws for one folder's trouble. */
    public void scanAll(String worker) {
        List<WatchFolders.Target> targets = folders.targets();
        windows.keySet().retainAll(targets.stream().map(t -> t.folder().key()).toList());
        for (WatchFolders.Target target : targets) {
            WatchFolder folder = target.folder();
            String error;
            try {
                error = target.problem() != null ? target.problem() : scan(folder, worker);
            } catch (RuntimeException e) {
                error = describe(e);
            }
            if (error != null) {
                String reason = error;
                LOG.warning(() -> "watch folder " + folder.label() + ": " + reason);
            }
            folders.recordScan(folder, error);
            if (folder.integrationId() != null) {
                integrations.recordOutcome(folder.integrationId(), error);
            }
        }
    }

    private String scan(WatchFolder folder, String worker) {
        String problem = WatchFolders.accessProblem(folder.path());
        if (problem != null) {
            windows.remove(folder.key());
            return problem;
        }
        List<FileObservation> listing;
        try {
            listing = list(folder.path());
        } catch (IOException | UncheckedIOException e) {
            return "cannot list the folder: " + describe(e);
        }
        Set<String> unclaimable = ledger.unclaimable(folder.key());
        List<FileObservation> open = listing.stream()
                .filter(f -> !unclaimable.contains(WatchedFileLedger.keyOf(f)))
                .toList();
        List<FileObservation> complete = windows.computeIfAbsent(folder.key(), k -> new StabilityWindow())
                .observe(open);
        for (FileObservation file : complete) {
            ledger.claim(folder.key(), file, worker, CLAIM_LEASE, MAX_ATTEMPTS).ifPresent(claim -> take(folder, claim));
        }
        return null;
    }

    private void take(WatchFolder folder, WatchedFileLedger.Claim claim) {
        Path file = folder.path().resolve(claim.file().relativePath());
        IngestService.StagedFile staged;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            staged = ingest.stage(in);
        } catch (UploadTooLargeException e) {
            ledger.skip(claim, e.getMessage());
            return;
        } catch (IOException | UncheckedIOException | UploadInterruptedException e) {
            ledger.release(claim, describe(e), MAX_ATTEMPTS);
            return;
        }
        if (!claim.file().equals(observe(folder.path(), file).orElse(null))
                || staged.size() != claim.file().size()) {
            ingest.discard(staged);
            ledger.forget(claim);
            return;
        }
        boolean accepted;
        try {
            accepted =
                    ingest.acceptedType(staged, file.getFileName().toString()).isPresent();
        } catch (IOException e) {
            ingest.discard(staged);
            ledger.release(claim, describe(e), MAX_ATTEMPTS);
            return;
        }
        if (!accepted) {
            ingest.discard(staged);
            String reason = "type not accepted: " + staged.headerHint();
            LOG.info(() -> "watch folder " + folder.label() + ": skipped "
                    + claim.file().relativePath() + ", " + reason);
            ledger.skip(claim, reason);
            return;
        }
        Optional<IngestResult> result;
        try {
            result = transactions.ingest(claim, staged, file.getFileName().toString(), folder.ownerId());
        } catch (RuntimeException e) {
            ledger.release(claim, describe(e), MAX_ATTEMPTS);
            return;
        }
        if (result.isPresent() && options.deleteAfterProcess()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning(() -> "watch folder " + folder.label() + ": cannot delete "
                        + claim.file().relativePath() + " after ingest: " + describe(e));
            }
        }
    }

    /** The regular, non-hidden files under {@code root} (no symbolic links followed), with size and time. */
    static List<FileObservation> list(Path root) throws IOException {
        List<FileObservation> files = new ArrayList<>();
        Files.walkFileTree(
                root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(root) && hidden(dir)
                                ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && !hidden(file)) {
                            files.add(observation(root, file, attrs));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
        return files;
    }

    private static Optional<FileObservation> observe(Path root, Path file) {
        try {
            BasicFileAttributes attrs =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() ? Optional.of(observation(root, file, attrs)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileObservation observation(Path root, Path file, BasicFileAttributes attrs) {
        return new FileObservation(
                root.relativize(file).toString(),
                attrs.size(),
                attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + Objects.toString(e.getMessage()));
    }
}
