package io.docuelevate.domain.watch;

/**
 * One file as one poll saw it: its path relative to the watched folder ({@code /} separated), size and
 * modification time in nanoseconds since the epoch.
 */
public record FileObservation(String relativePath, long size, long modifiedNanos) {

    /** The modification time in milliseconds, as the ledger keys it. */
    public long modifiedMillis() {
        return Math.floorDiv(modifiedNanos, 1_000_000L);
    }
}
