package io.docuelevate.application.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.document.DocumentRepository;
import io.docuelevate.domain.queue.WorkItem;
import io.docuelevate.domain.queue.WorkQueue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up sweep and the orphan check: only leftovers older than the lease, never a live or owned file. */
class LeftoverFilesTest {

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(Duration.ofHours(1)));

    @TempDir
    Path root;

    private final InMemoryProcessing store = new InMemoryProcessing();
    private final LeftoverFiles leftovers = new LeftoverFiles();

    @BeforeEach
    void wire() throws IOException {
        DocumentFiles files = new DocumentFiles() {
            @Override
            public Path root() {
                return root;
            }

            @Override
            public void createLayout() {}
        };
        Files.createDirectories(files.tmp());
        Files.createDirectories(files.processed());
        PipelineQueue queue = new PipelineQueue();
        queue.workItems = store;
        queue.options = InMemoryProcessing.options(1, Duration.ofMinutes(10));
        leftovers.workdir = files;
        leftovers.documents = new OwnerOf("processed/Owned.pdf");
        leftovers.queue = queue;
        leftovers.options = InMemoryProcessing.options(1, Duration.ofMinutes(10));
    }

    @Test
    void theSweepRemovesOldScratchAndOrphansAndKeepsEverythingLiveOrOwned() throws IOException {
        store.add(new WorkItem(WorkQueue.DOCUMENT_QUEUE, WorkQueue.PROCESS_DOCUMENT, 7L, "t7", null, 3));
        old("tmp/ocr-7.pdf");
        old("tmp/ocr-8.pdf");
        old("tmp/ocr-12345/ocr-00001.pdf");
        old("tmp/ocr-12345");
        old("tmp/ocr-67890/page-1.png");
        fresh("tmp/ocr-67890/ocr-00002.pdf");
        old("tmp/upload-1.part");
        fresh("tmp/upload-2.part");
        old("tmp/.ocr-9.pdf.123.part");
        old("tmp/restore-abc/files.zip");
        old("processed/Owned.pdf");
        old("processed/Owned.json");
        old("processed/.Owned.pdf.1a2b3c4d.tmp");
        old("processed/Orphan-0012.pdf");
        old("processed/Orphan-0012.json");
        fresh("processed/Fresh.pdf");

        assertEquals(
                List.of("processed/.Owned.pdf.1a2b3c4d.tmp", "processed/Orphan-0012.json", "processed/Orphan-0012.pdf"),
                leftovers.orphanedProcessedFiles().stream()
                        .map(p -> root.relativize(p).toString())
                        .toList());

        List<String> removed = leftovers.sweep();

        assertEquals(
                List.of(
                        "tmp/.ocr-9.pdf.123.part",
                        "tmp/ocr-12345",
                        "tmp/ocr-8.pdf",
                        "tmp/upload-1.part",
                        "processed/.Owned.pdf.1a2b3c4d.tmp",
                        "processed/Orphan-0012.json",
                        "processed/Orphan-0012.pdf"),
                removed);
        assertEquals(
                List.of(
                        "processed/Fresh.pdf",
                        "processed/Owned.json",
                        "processed/Owned.pdf",
                        "tmp/ocr-67890/ocr-00002.pdf",
                        "tmp/ocr-67890/page-1.png",
                        "tmp/ocr-7.pdf",
                        "tmp/restore-abc/files.zip",
                        "tmp/upload-2.part"),
                remainingFiles());
        assertEquals(List.of(), leftovers.orphanedProcessedFiles(), "nothing old is left to report");
    }

    @Test
    void originalsNoDocumentOwnsAreMovedAsideNeverDeletedAndLiveOnesStay() throws IOException {
        old("original/owned.pdf");
        old("original/interrupted.pdf");
        fresh("original/being-committed.pdf");

        assertEquals(List.of("orphaned/interrupted.pdf"), leftovers.quarantineOrphanedOriginals());

        assertEquals(
                List.of("original/being-committed.pdf", "original/owned.pdf", "orphaned/interrupted.pdf"),
                remainingFiles());
        assertEquals("original/interrupted.pdf", Files.readString(root.resolve("orphaned/interrupted.pdf")));
        assertEquals(List.of(), leftovers.quarantineOrphanedOriginals(), "nothing is moved twice");
    }

    private void old(String relative) throws IOException {
        Path path = root.resolve(relative);
        if (!Files.exists(path)) {
            Files.createDirectories(path.getParent());
            Files.writeString(path, relative);
        }
        Files.setLastModifiedTime(path, AN_HOUR_AGO);
    }

    private void fresh(String relative) throws IOException {
        Path path = root.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, relative);
    }

    private List<String> remainingFiles() throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            return tree.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    /** The repository as the sweep sees it: which processed paths documents hold. */
    private record OwnerOf(String processedPath) implements DocumentRepository {
        @Override
        public Set<String> processedFilePaths() {
            return Set.of(processedPath);
        }

        @Override
        public Optional<Document> findByProcessedPath(String processedPath) {
            return Optional.empty();
        }

        @Override
        public Set<String> originalFilePaths() {
            return Set.of("original/owned.pdf");
        }

        @Override
        public Document add(Document document) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Document> find(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<Document> findOriginalByHash(String ownerId, String fileHash) {
            return Optional.empty();
        }

        @Override
        public void remove(Document document) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearDuplicateReferences(long originalId) {
            throw new UnsupportedOperationException();
        }
    }
}
