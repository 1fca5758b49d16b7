package io.docuelevate.domain.queue;

/**
 * Port: work items written together with a document change, in the caller's transaction (the
 * {@link WorkQueue} claims and finishes them on its own connections).
 */
public interface WorkItemRepository {

    void add(WorkItem item);

    /** How many items of the document are queued or running. */
    long countActive(long fileId);

    /** Deletes the document's items. */
    void removeOfDocument(long fileId);
}
