package io.docuelevate.application.processing;

import java.time.Duration;
import java.util.Optional;

/** The processing settings ingest, the pipeline and document commands obey (read from configuration). */
public interface ProcessingOptions {

    /** Attempts in all for a queued document: the first run plus the configured retries. */
    int maxAttempts();

    /** How long a step may stay in progress without a live worker before it is failed. */
    Duration stepTimeout();

    /** Whether an upload of bytes the owner already has becomes a duplicate row instead of a new document. */
    boolean deduplication();

    /** Whether documents may be deleted at all. */
    boolean allowFileDelete();

    /** The largest upload accepted, in bytes. */
    long maxUploadSize();

    /**
     * How long a claimed work item is held without renewal ({@code WORKER_LEASE_SECONDS}); a file left in
     * {@code tmp/} or {@code processed/} longer than this by no live step is a leftover of a crash.
     */
    Duration lease();

    /**
     * Test only ({@code TEST_PAUSE_AT}, unset in production): the {@link StepPauses} point where a step
     * holds, so a crash test can kill the server exactly there.
     */
    default Optional<String> testPausePoint() {
        return Optional.empty();
    }
}
