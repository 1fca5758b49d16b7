package io.docuelevate.application.processing;

import java.time.Duration;

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
}
