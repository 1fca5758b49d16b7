package io.docuelevate.application.search;

import java.time.Instant;
import java.util.Optional;

/**
 * Port to the {@code reindex} batch job, which rebuilds the search index from the database in chunks and
 * then removes entries of documents that are gone.
 */
public interface ReindexJobs {

    /**
     * Starts a reindex, or answers the one this server is already running. {@code clearFirst} empties the
     * index before rebuilding (searches find less until it is done); otherwise entries are replaced in place.
     */
    Reindex start(boolean clearFirst);

    /** A reindex execution's state and progress; empty for an unknown id or another job's execution. */
    Optional<Reindex> find(long executionId);

    /** The reindex this server is running, if any. */
    Optional<Reindex> running();

    /**
     * One reindex execution. {@code status} is the batch status in lower case ({@code starting},
     * {@code started}, {@code completed}, {@code failed}, {@code stopped}...); {@code total} the indexable
     * documents when it started; {@code read}/{@code written}/{@code filtered} the chunk step's counts;
     * {@code pruned} the stale entries removed at the end ({@code null} until then).
     */
    record Reindex(
            long executionId,
            String status,
            boolean alreadyRunning,
            long total,
            long read,
            long written,
            long filtered,
            Integer pruned,
            String exitStatus,
            Instant startedAt,
            Instant endedAt) {

        public boolean finished() {
            return endedAt != null;
        }
    }
}
