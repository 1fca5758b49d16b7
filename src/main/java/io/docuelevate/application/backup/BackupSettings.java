package io.docuelevate.application.backup;

import io.docuelevate.domain.backup.BackupType;
import java.nio.file.Path;
import java.util.Optional;

/** The backup settings ({@code BACKUP_*}) the application reads; implemented by the configuration. */
public interface BackupSettings {

    boolean backupEnabled();

    /** {@code BACKUP_DIR}, absolute. */
    Path backupDir();

    /** Verified backups kept of a type; empty when they stay until deleted. */
    Optional<Integer> retain(BackupType type);

    /** Free space a backup must leave on a file system of {@code fileSystemBytes}. */
    long backupMinFreeBytes(long fileSystemBytes);

    /** Whether backups of {@code type} carry the originals and processed files. */
    boolean backupIncludesFiles(BackupType type);

    /** The destination each verified backup is copied to ({@code BACKUP_REMOTE_DESTINATION}); empty: local only. */
    default Optional<String> backupRemoteDestination() {
        return Optional.empty();
    }
}
