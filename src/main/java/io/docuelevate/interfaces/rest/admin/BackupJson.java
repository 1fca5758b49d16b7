package io.docuelevate.interfaces.rest.admin;

import io.docuelevate.domain.backup.BackupRecord;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Objects;

/**
 * One backup as {@code /api/admin/backup} answers it (the reference's fields plus what the manifest says);
 * {@code task_id} only in the answer to a create.
 */
public record BackupJson(
        Long id,
        String filename,
        String backupType,
        Long sizeBytes,
        String checksum,
        String status,
        String errorDetail,
        String localPath,
        String remoteDestination,
        String remotePath,
        String createdAt,
        boolean localAvailable,
        String completedAt,
        String verifiedAt,
        String dbKind,
        String schemaVersion,
        Long documentCount,
        boolean includesFiles,
        Long fileCount,
        String meilisearchStatus,
        Long meilisearchTaskUid,
        @JsonbNillable(false) String taskId) {

    static BackupJson of(BackupRecord record, boolean stored) {
        return new BackupJson(
                record.getId(),
                record.getFilename(),
                record.getType().label(),
                record.getSizeBytes(),
                record.getChecksum(),
                record.getStatus().label(),
                record.getErrorDetail(),
                record.getLocalPath(),
                record.getRemoteDestination(),
                record.getRemotePath(),
                text(record.getCreatedAt()),
                stored,
                text(record.getCompletedAt()),
                text(record.getVerifiedAt()),
                record.getDbKind(),
                record.getSchemaVersion(),
                record.getDocumentCount(),
                record.includesFiles(),
                record.getFileCount(),
                record.getMeilisearchStatus(),
                record.getMeilisearchTaskUid(),
                null);
    }

    /** The same backup with the id of the task making it, as the answer to a create carries it. */
    BackupJson withTaskId() {
        return new BackupJson(
                id,
                filename,
                backupType,
                sizeBytes,
                checksum,
                status,
                errorDetail,
                localPath,
                remoteDestination,
                remotePath,
                createdAt,
                localAvailable,
                completedAt,
                verifiedAt,
                dbKind,
                schemaVersion,
                documentCount,
                includesFiles,
                fileCount,
                meilisearchStatus,
                meilisearchTaskUid,
                Long.toString(id));
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
