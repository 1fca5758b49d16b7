package io.docuelevate.interfaces.rest.request;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/admin/backup/restore} as JSON: the stored backup to restore, {@code {"backup_id": n}}. */
public record BackupRestoreRequest(
        @Schema(description = "a stored backup's id") @JsonbProperty("backup_id")
        Long backupId) implements JsonRequest {}
