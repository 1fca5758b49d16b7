package io.docuelevate.domain.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Port: the durable work queue ({@code work_items}). Items are claimed with a lease; only the lease
 * owner may renew or finish an item, and an expired lease (crashed replica) makes it claimable again,
 * so no item is processed twice at once and none is lost.
 */
public interface WorkQueue {

    String DOCUMENT_QUEUE = "document_processor";
    String PROCESS_DOCUMENT = "process_document";

    /** A claimed item: what to do and the lease that proves the claim. */
    record Claim(
            long id,
            String queue,
            String taskType,
            Long fileId,
            String taskId,
            String payload,
            int attempt,
            int maxAttempts,
            String owner) {}

    /** Claims up to {@code limit} due items of the given queues for {@code owner}. */
    List<Claim> claim(Collection<String> queues, String owner, Duration lease, int limit);

    /** Extends the lease; {@code false} when the claim was lost (expired and taken by another worker). */
    boolean renew(Claim claim, Duration lease);

    void succeed(Claim claim);

    /** Queues the item again, due at {@code notBefore}, keeping the error for operators. */
    void retryLater(Claim claim, Instant notBefore, String error);

    void fail(Claim claim, String error);
}
