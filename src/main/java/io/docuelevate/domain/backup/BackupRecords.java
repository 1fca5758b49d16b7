package io.docuelevate.domain.backup;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@code backup_records} table. Every write commits on its own, so a backup's progress is visible while it runs. */
public interface BackupRecords {

    /** Stores a new record; fails when its schedule slot is taken already. */
    BackupRecord insert(BackupRecord record);

    Optional<BackupRecord> find(long id);

    /** All records, newest first. */
    List<BackupRecord> all();

    Optional<BackupRecord> newestVerified();

    boolean slotTaken(String slot);

    /** Applies {@code change} to the stored record and commits. */
    Optional<BackupRecord> update(long id, Consumer<BackupRecord> change);

    void delete(long id);
}
