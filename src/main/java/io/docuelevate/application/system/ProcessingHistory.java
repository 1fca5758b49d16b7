package io.docuelevate.application.system;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Port: when documents finished their pipeline, for the throughput chart of the status page. */
public interface ProcessingHistory {

    /**
     * The completion time of every document (of the owner, or all when empty) whose pipeline finished at or
     * after {@code since}: one entry per document, the time its last terminal step succeeded or was skipped.
     */
    List<OffsetDateTime> completionsSince(OffsetDateTime since, Optional<String> ownerId);
}
