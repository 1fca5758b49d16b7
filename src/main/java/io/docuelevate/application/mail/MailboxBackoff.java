package io.docuelevate.application.mail;

import java.time.Duration;

/**
 * When a failing mailbox is tried again: one poll tick after the first failure, doubling with every further
 * failure in a row, never later than the cap. A success resets it (the next poll is on the next tick).
 */
public final class MailboxBackoff {

    private MailboxBackoff() {}

    public static Duration delay(int failuresInARow, Duration tick, Duration cap) {
        if (failuresInARow <= 0) {
            return tick;
        }
        int doublings = Math.min(failuresInARow - 1, 30);
        Duration delay = tick.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? (cap.compareTo(tick) > 0 ? cap : tick) : delay;
    }
}
