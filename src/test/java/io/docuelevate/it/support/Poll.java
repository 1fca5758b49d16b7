package io.docuelevate.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waits for a condition with a deadline instead of sleeping a fixed time. */
public final class Poll {

    private static final long INTERVAL_MILLIS = 200;

    private Poll() {}

    /** Returns the first non-null value of {@code probe} within {@code timeout}, else fails with {@code what}. */
    public static <T> T until(Duration timeout, String what, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = probe.get();
            if (last != null) {
                return last;
            }
            pause();
        }
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
    }

    static void pause() {
        try {
            Thread.sleep(INTERVAL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
