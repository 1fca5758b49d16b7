package io.docuelevate.domain.queue;

/** Life of a queued unit of work; {@code QUEUED} and {@code RUNNING} items are still owed. */
public enum WorkItemState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED
}
