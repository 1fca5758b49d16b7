package io.docuelevate.interfaces.rest.admin;

import java.util.List;
import java.util.Map;

/** The other answers of {@code /api/admin/backup}, in the reference's field names. */
public final class BackupAnswers {

    private BackupAnswers() {}

    /** {@code GET storage}: the backup folder's space and the latest outcomes. */
    public record Storage(
            String backupDir,
            boolean backupEnabled,
            long totalBytes,
            long freeBytes,
            long minFreeBytes,
            long usedBytes,
            int verifiedBackups,
            BackupJson lastVerified,
            BackupJson lastFailure) {}

    /** A create with {@code wait=true} whose backup failed (HTTP 500). */
    public record Failed(String detail, BackupJson backup) {}

    public record Deleted(String status, long id, String filename) {}

    /** {@code POST cleanup}: what retention removed and how many verified backups each type keeps. */
    public record Cleanup(
            String status, int deleted, List<Long> deletedIds, List<Long> interruptedIds, Map<String, Long> kept) {}

    /** {@code POST restore}: what came back, and the pre-restore backup that holds what was replaced. */
    public record Restored(
            String status,
            String filename,
            String createdAt,
            String installationId,
            RestoredParts restored,
            BackupReference preRestoreBackup,
            String searchIndex) {}

    public record RestoredParts(RestoredDatabase database, long documents, RestoredFiles files) {}

    public record RestoredDatabase(
            String kind, List<String> tables, String archiveSchemaVersion, String schemaVersion) {}

    public record RestoredFiles(boolean included, long original, long processed) {}

    public record BackupReference(long id, String filename) {}
}
