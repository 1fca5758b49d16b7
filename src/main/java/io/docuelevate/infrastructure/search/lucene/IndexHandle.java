package io.docuelevate.infrastructure.search.lucene;

import io.docuelevate.domain.search.SearchEngineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The open index in one folder: its writer, the searchers and the near-real-time reopen thread, opened on first
 * use. An index that cannot be read (corrupt, written by an incompatible Lucene) is thrown away and recreated
 * empty, since it is rebuilt from the database anyway; another process holding the index lock makes every call
 * fail with {@link SearchEngineException}.
 *
 * <p>Three kinds of write: a single write is visible to searches when it returns (a reopen is waited for); a
 * bulk write is made visible by the next read (and the background thread at least every second), so a rebuild
 * is not cut into a segment per batch; deletes are committed at once. Other writes are committed at most every
 * {@value #COMMIT_INTERVAL_MILLIS} ms and on close, because a commit syncs every new file to disk and, once per
 * document, cost the pipeline's {@code index_document} step more than the indexing itself.
 */
final class IndexHandle implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(IndexHandle.class.getName());

    static final long COMMIT_INTERVAL_MILLIS = 10_000;
    private static final int VISIBILITY_WAIT_MILLIS = 5_000;

    /** Changes the index and answers the writer's sequence number of the change. */
    interface WriterWork {
        long apply(IndexWriter writer) throws IOException;
    }

    /** Reads the index through one searcher. */
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** The open writer, searcher manager and reopen thread. */
    private record Engine(
            Directory directory,
            IndexWriter writer,
            SearcherManager searchers,
            ControlledRealTimeReopenThread<IndexSearcher> reopener) {}

    private final Path folder;
    private final Analyzer analyzer;
    private final Object lifecycle = new Object();
    private final AtomicBoolean unrefreshedBulkWrites = new AtomicBoolean();

    private volatile Engine engine;
    private volatile boolean closed;
    private long lastCommitNanos = System.nanoTime();

    /** A handle on {@code folder}; the analyzer is closed with the handle. */
    IndexHandle(Path folder, Analyzer analyzer) {
        this.folder = folder;
        this.analyzer = analyzer;
    }

    Path folder() {
        return folder;
    }

    /** A write visible to searches when this returns, committed at the commit cadence. */
    void writeVisible(String what, WriterWork work) {
        write(what, work, false, true);
    }

    /** A bulk write, visible to the next read, committed at the commit cadence. */
    void writeBulk(String what, WriterWork work) {
        write(what, work, false, false);
    }

    /** A write (deletes) committed at once and visible to searches when this returns. */
    void writeCommitted(String what, WriterWork work) {
        write(what, work, true, true);
    }

    private void write(String what, WriterWork work, boolean commitNow, boolean visibleNow) {
        Engine e = opened();
        try {
            long sequence = work.apply(e.writer());
            commit(e, commitNow);
            if (visibleNow) {
                awaitVisible(e, sequence);
            } else {
                unrefreshedBulkWrites.set(true);
            }
        } catch (IOException ex) {
            throw failure(what, ex);
        }
    }

    /** Runs {@code work} on a searcher that sees every write made before this call. */
    <T> T read(SearcherWork<T> work) {
        refreshAfterBulkWrites();
        Engine e = opened();
        IndexSearcher searcher;
        try {
            searcher = e.searchers().acquire();
        } catch (IOException | RuntimeException ex) {
            throw failure("cannot read the search index", ex);
        }
        try {
            return work.apply(searcher);
        } catch (IOException ex) {
            throw failure("cannot read the search index", ex);
        } finally {
            try {
                e.searchers().release(searcher);
            } catch (IOException ex) {
                LOG.log(Level.FINE, "releasing a searcher failed", ex);
            }
        }
    }

    /** Commits, closes the index and the analyzer; later calls fail. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            closed = true;
            Engine e = engine;
            engine = null;
            if (e == null) {
                return;
            }
            try {
                e.reopener().close();
                e.searchers().close();
                e.writer().close();
            } catch (IOException | RuntimeException ex) {
                LOG.log(Level.WARNING, "closing the search index in " + folder + " failed", ex);
            } finally {
                try {
                    e.directory().close();
                } catch (IOException ex) {
                    LOG.log(Level.FINE, "closing the index directory failed", ex);
                }
                analyzer.close();
            }
        }
    }

    private Engine opened() {
        Engine current = engine;
        if (current != null) {
            return current;
        }
        synchronized (lifecycle) {
            if (closed) {
                throw new SearchEngineException("the search index is closed");
            }
            if (engine == null) {
                engine = open();
            }
            return engine;
        }
    }

    private Engine open() {
        try {
            Files.createDirectories(folder);
            try {
                return openEngine();
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException e) {
                LOG.warning(() -> "the search index in " + folder + " cannot be read ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + "); it is recreated empty and rebuilt from the database by the reindex job");
                wipe();
                return openEngine();
            }
        } catch (LockObtainFailedException e) {
            throw new SearchEngineException(
                    "the embedded search index in " + folder
                            + " is locked by another process; run one server per index or use Meilisearch",
                    e);
        } catch (IOException e) {
            throw new SearchEngineException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    private Engine openEngine() throws IOException {
        Directory directory = FSDirectory.open(folder);
        IndexWriter writer = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setMergePolicy(fewSegments());
            writer = new IndexWriter(directory, config);
            IndexFormat.emptyIfOther(writer, folder);
            SearcherManager searchers = new SearcherManager(writer, new SearcherFactory());
            ControlledRealTimeReopenThread<IndexSearcher> reopener =
                    new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.01);
            reopener.setName("search-index-reopen");
            reopener.setDaemon(true);
            reopener.start();
            return new Engine(directory, writer, searchers, reopener);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
            throw e;
        }
    }

    /**
     * Merges more eagerly than Lucene's defaults: every query looks its terms up once per segment, and at 100,000
     * documents the default policy's 20-odd segments made those look-ups an eighth of a search. About half as
     * many segments cost some merging while indexing, which runs far above the rate documents arrive.
     */
    private static TieredMergePolicy fewSegments() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setSegmentsPerTier(4);
        policy.setFloorSegmentMB(16);
        return policy;
    }

    private void wipe() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private void commit(Engine e, boolean now) throws IOException {
        synchronized (lifecycle) {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastCommitNanos);
            if (now || elapsed >= COMMIT_INTERVAL_MILLIS) {
                e.writer().commit();
                lastCommitNanos = System.nanoTime();
            }
        }
    }

    /** Makes the bulk writes so far visible to this read (they are otherwise visible within a second). */
    private void refreshAfterBulkWrites() {
        if (!unrefreshedBulkWrites.getAndSet(false)) {
            return;
        }
        try {
            opened().searchers().maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            throw failure("cannot refresh the search index", e);
        }
    }

    private static void awaitVisible(Engine e, long sequence) {
        try {
            if (!e.reopener().waitForGeneration(sequence, VISIBILITY_WAIT_MILLIS)) {
                LOG.warning("a search index write took more than " + VISIBILITY_WAIT_MILLIS + " ms to become visible");
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new SearchEngineException("interrupted while waiting for the index to refresh", ex);
        }
    }

    private static SearchEngineException failure(String what, Exception e) {
        if (e instanceof SearchEngineException engineFailure) {
            return engineFailure;
        }
        return new SearchEngineException(
                what + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
}
