package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.ingest.IngestResult;

/**
 * {@code POST /api/ui-upload}: a queued upload ({@code task_id}, {@code file_id}, {@code status: "queued"},
 * names), or an exact duplicate of an earlier one, which queues nothing ({@code status: "duplicate"},
 * {@code duplicate_of}).
 */
public sealed interface UploadDto {

    static UploadDto from(IngestResult result) {
        if (!result.duplicate()) {
            return new Queued(
                    result.taskId(), result.fileId(), "queued", result.originalFilename(), result.storedFilename());
        }
        return new Duplicate(
                "duplicate",
                result.originalFilename(),
                null,
                new DuplicateOf(
                        "exact",
                        result.fileId(),
                        result.duplicateOfFilename(),
                        "This file was already uploaded as '" + result.duplicateOfFilename() + "' (file ID "
                                + result.fileId() + "); nothing was queued."));
    }

    /** The upload was stored and its processing queued. */
    record Queued(String taskId, long fileId, String status, String originalFilename, String storedFilename)
            implements UploadDto {}

    /** The same bytes were uploaded before: nothing was stored or queued. */
    record Duplicate(String status, String originalFilename, String storedFilename, DuplicateOf duplicateOf)
            implements UploadDto {}

    /** The earlier upload with the same bytes. */
    record DuplicateOf(String duplicateType, long originalFileId, String originalFilename, String message) {}
}
