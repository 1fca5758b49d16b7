package io.docuelevate.application.processing;

import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.document.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files a crash leaves behind: pipeline and upload scratch in {@code tmp/} and files in {@code processed/}
 * that no document owns (a run killed between writing its PDF and committing it, or between committing a
 * new name and removing the old file). Only files untouched for longer than the lease
 * ({@code WORKER_LEASE_SECONDS}) count, so the work of a live step on any replica is never taken: a step
 * that runs renews its lease, and the window between a publish and its commit is milliseconds. The OCR
 * output and the converted PDF of a document that is queued or running are kept whatever their age.
 */
@ApplicationScoped
public class LeftoverFiles {

    /** Where originals no document owns are moved, beside {@code original/}. */
    public static final String ORPHANED_FOLDER = "orphaned";

    private static final Logger LOG = Logger.getLogger(LeftoverFiles.class.getName());

    /**
     * Scratch in {@code tmp/} the pipeline, ingest and previews make: OCR output and folders, converted PDFs,
     * uploads, metadata copies, passive preview copies, hidden temp files.
     */
    private static final Pattern SCRATCH = Pattern.compile("(ocr-|convert-|upload-|metadata-|preview-|\\.).*");

    /** The OCR output and the converted PDF of a document (partial conversions have other names). */
    private static final Pattern OCR_OUTPUT = Pattern.compile("(?:"
            + Pattern.quote(DocumentPipeline.OCR_WORKING_COPY_PREFIX) + "|"
            + Pattern.quote(PdfConversion.WORKING_COPY_PREFIX) + ")(\\d{1,18})\\.pdf");

    @Inject
    DocumentFiles workdir;

    @Inject
    DocumentRepository documents;

    @Inject
    PipelineQueue queue;

    @Inject
    ProcessingOptions options;

    /** The files in {@code processed/} that no document owns and nothing touched for longer than the lease, by name. */
    public List<Path> orphanedProcessedFiles() throws IOException {
        Instant before = Instant.now().minus(options.lease());
        Set<Path> owned = ownedProcessedFiles();
        List<Path> orphans = new ArrayList<>();
        for (Path file : entries(workdir.processed())) {
            if (Files.isRegularFile(file) && !owned.contains(file) && olderThan(file, before)) {
                orphans.add(file);
            }
        }
        return orphans;
    }

    /**
     * Removes the leftovers (scratch in {@code tmp/}, temporary and orphaned files in {@code processed/})
     * older than the lease; returns what was removed, relative to the work directory.
     */
    public List<String> sweep() throws IOException {
        Instant before = Instant.now().minus(options.lease());
        List<Path> leftovers = new ArrayList<>();
        for (Path entry : entries(workdir.tmp())) {
            if (isScratch(entry) && olderThan(entry, before) && !belongsToActiveDocument(entry)) {
                leftovers.add(entry);
            }
        }
        leftovers.addAll(orphanedProcessedFiles());
        List<String> removed = new ArrayList<>();
        for (Path leftover : leftovers) {
            try {
                deleteTree(leftover);
                removed.add(workdir.relativize(leftover));
            } catch (IOException | UncheckedIOException e) {
                LOG.warning(() -> "cannot remove the leftover " + leftover + ": " + e.getMessage());
            }
        }
        return removed;
    }

    /**
     * Moves the originals that no document owns and nothing touched for longer than the lease to
     * {@code orphaned/}: an ingest killed between storing its original and committing its document. That upload was
     * never acknowledged, and a watched file or an e-mail was not marked, so the source offers it again. They are
     * moved, never deleted, so a database that does not match the work directory cannot cost an original. Returns the
     * moved files' new paths, relative to the work directory.
     */
    public List<String> quarantineOrphanedOriginals() throws IOException {
        Instant before = Instant.now().minus(options.lease());
        Set<String> owned = documents.originalFilePaths();
        Path quarantine = workdir.root().resolve(ORPHANED_FOLDER);
        List<String> moved = new ArrayList<>();
        for (Path file : entries(workdir.original())) {
            if (Files.isRegularFile(file) && !owned.contains(workdir.relativize(file)) && olderThan(file, before)) {
                Files.createDirectories(quarantine);
                Path target = quarantine.resolve(file.getFileName());
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                moved.add(workdir.relativize(target));
            }
        }
        return moved;
    }

    private Set<Path> ownedProcessedFiles() {
        Set<Path> owned = new HashSet<>();
        for (String stored : documents.processedFilePaths()) {
            try {
                Path pdf = workdir.resolve(stored).toAbsolutePath().normalize();
                owned.add(pdf);
                if (pdf.getFileName().toString().endsWith(".pdf")) {
                    owned.add(workdir.sidecarOf(pdf));
                }
            } catch (IllegalArgumentException e) {
                // a stored path outside the work directory owns nothing in it
            }
        }
        return owned;
    }

    private static boolean isScratch(Path entry) {
        return SCRATCH.matcher(entry.getFileName().toString()).matches();
    }

    /** The OCR output or converted PDF of a document that is queued or running: its next step needs it. */
    private boolean belongsToActiveDocument(Path entry) {
        Matcher ocrOutput = OCR_OUTPUT.matcher(entry.getFileName().toString());
        return ocrOutput.matches() && queue.isActive(Long.parseLong(ocrOutput.group(1)));
    }

    private static List<Path> entries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        }
    }

    /**
     * Whether nothing in {@code entry} (a file, or a folder and all it holds) changed since {@code before};
     * {@code false} when that cannot be told (it is kept).
     */
    private static boolean olderThan(Path entry, Instant before) {
        try (Stream<Path> tree = Files.walk(entry)) {
            return tree.allMatch(p -> lastModified(p).toInstant().isBefore(before));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** A file that vanished meanwhile counts as old: nothing is working on it any more. */
    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (NoSuchFileException e) {
            return FileTime.fromMillis(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path entry) throws IOException {
        try (Stream<Path> tree = Files.walk(entry)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
