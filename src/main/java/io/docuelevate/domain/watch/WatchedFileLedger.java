package io.docuelevate.domain.watch;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the durable record of files taken from watched folders, keyed by folder, relative path, size and
 * modification time. A version of a file is claimed with a lease like a work item (an atomic conditional write,
 * so two replicas never both hold it), then settled: ingested, skipped for good, or released for a retry.
 */
public interface WatchedFileLedger {

    /** One claimed file version; {@code owner} is the claiming replica's worker name. */
    record Claim(long id, String folderKey, FileObservation file, String owner, int attempt) {}

    /**
     * The relative paths with size and time ({@link #keyOf}) of the folder's file versions not to be claimed now:
     * settled ones and ones another replica holds under a live lease.
     */
    Set<String> unclaimable(String folderKey);

    /** Claims the version, new or released or with an expired lease; empty when another replica has it or it is settled. */
    Optional<Claim> claim(String folderKey, FileObservation file, String owner, Duration lease, int maxAttempts);

    /**
     * In the caller's transaction: confirms the claim is still held and locks it until commit; false when it was
     * lost (its lease expired and another replica took it).
     */
    boolean hold(Claim claim);

    /** In the caller's transaction: the version became document {@code fileId}. */
    void ingested(Claim claim, long fileId, String detail);

    /** The version is refused for good (type not accepted, too large): never tried again. */
    void skip(Claim claim, String reason);

    /** The version failed for a passing reason: claimable again, or failed for good after {@code maxAttempts}. */
    void release(Claim claim, String error, int maxAttempts);

    /** The file changed while it was read: the row is dropped, the new version gets its own. */
    void forget(Claim claim);

    /** The key {@link #unclaimable} answers for a file version. */
    static String keyOf(FileObservation file) {
        return file.relativePath() + '\u0000' + file.size() + '\u0000' + file.modifiedMillis();
    }
}
