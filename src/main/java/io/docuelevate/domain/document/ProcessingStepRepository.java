package io.docuelevate.domain.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Port: the steps' current state ({@code file_processing_steps}) and the history ({@code processing_logs}). Calls join the caller's transaction. */
public interface ProcessingStepRepository {

    Optional<ProcessingStep> find(long fileId, String stepName);

    /** The document's steps in the order they were created. */
    List<ProcessingStep> ofDocument(long fileId);

    void add(ProcessingStep step);

    /** Appends a history line. */
    void log(ProcessingLogEntry entry);

    /**
     * Steps {@code in_progress} since before {@code startedBefore} whose document has no running work item
     * with a lease still valid at {@code now} (no live worker is on it).
     */
    List<ProcessingStep> stalled(OffsetDateTime startedBefore, OffsetDateTime now);

    /** Deletes the document's steps. */
    void removeOfDocument(long fileId);

    /** Keeps the document's history lines but unlinks them from it (before the document is deleted). */
    void detachLogs(long fileId);
}
