package io.docuelevate.application.backup;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** One backup or restore at a time on this replica; a restore waits a while for a running backup. */
@ApplicationScoped
public class BackupLock {

    /** How long a restore waits for a running backup to finish. */
    static final Duration RESTORE_WAIT = Duration.ofMinutes(5);

    private final ReentrantLock lock = new ReentrantLock(true);

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    /** Takes the lock for a restore, or refuses with 409 when a backup keeps it longer than {@link #RESTORE_WAIT}. */
    void lockForRestore() throws BackupRefusedException {
        try {
            if (!lock.tryLock(RESTORE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BackupRefusedException(
                        409,
                        "A backup or restore is still running; try again when it has finished."
                                + " Nothing was changed.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupRefusedException(
                    409, "Interrupted while waiting for a running backup; nothing was changed.");
        }
    }
}
