package io.docuelevate.application.processing;

import io.docuelevate.domain.queue.WorkItem;
import io.docuelevate.domain.queue.WorkItemRepository;
import io.docuelevate.domain.queue.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The one place that queues the document pipeline (ingest, reprocess, retry): a work item on the
 * document queue with the configured number of attempts, written in the caller's transaction.
 */
@ApplicationScoped
public class PipelineQueue {

    @Inject
    WorkItemRepository workItems;

    @Inject
    ProcessingOptions options;

    /** A new task id: names one pipeline run in the history and the queue. */
    public String newTaskId() {
        return UUID.randomUUID().toString();
    }

    /** Queues the pipeline for {@code fileId} under {@code taskId}. */
    @Transactional
    public void enqueue(long fileId, String taskId) {
        workItems.add(new WorkItem(
                WorkQueue.DOCUMENT_QUEUE, WorkQueue.PROCESS_DOCUMENT, fileId, taskId, null, options.maxAttempts()));
    }

    /** Whether the document is queued or being processed right now. */
    @Transactional
    public boolean isActive(long fileId) {
        return workItems.countActive(fileId) > 0;
    }

    /** Deletes the document's work items, in the caller's transaction. */
    @Transactional
    public void removeOfDocument(long fileId) {
        workItems.removeOfDocument(fileId);
    }
}
