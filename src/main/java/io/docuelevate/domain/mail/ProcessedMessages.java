package io.docuelevate.domain.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Port: which messages of which mailbox were taken, shared by every replica through the database so a message
 * is ingested once across restarts and replicas. A claim is atomic (a unique key); a claim whose replica died is
 * taken over once its lease ran out.
 */
public interface ProcessedMessages {

    /** Where a claimed message stands. */
    enum State {
        /** Claimed, attachments not yet stored: store them. */
        CLAIMED,
        /** Attachments stored and committed: only the marking is left. */
        STORED
    }

    /** A message this replica may work on now. */
    record Claim(long id, String mailbox, String messageKey, State state, String owner) {}

    /**
     * Claims the message, or answers empty when it is done or another replica holds a live claim on it. A message
     * left {@link State#STORED} is handed out again at once: marking twice is harmless, storing twice is not done.
     */
    Optional<Claim> claim(String mailbox, String messageKey, String messageId, String owner, Duration lease);

    /** The attachments are stored: must run in the transaction that stored them. */
    void markStored(Claim claim, List<Long> fileIds);

    /** The message is marked (or left as it is in read-only mode): nothing more to do for it. */
    void markDone(Claim claim);

    /** Gives a claim up after a failure before anything was stored, so a later poll tries again. */
    void release(Claim claim);
}
