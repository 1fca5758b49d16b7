package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.intake.UrlIngest;

/**
 * {@code POST /api/process-url}: the reference's answer {@code {task_id, status: "queued", message, filename, size}}
 * plus {@code file_id}; an exact duplicate answers {@code status: "duplicate"}, no task, and the original's id.
 */
public record UrlUploadDto(String taskId, long fileId, String status, String message, String filename, long size) {

    public static UrlUploadDto from(UrlIngest.Fetched fetched) {
        var result = fetched.result();
        if (result.duplicate()) {
            return new UrlUploadDto(
                    null,
                    result.fileId(),
                    "duplicate",
                    "This file was already uploaded as '" + result.duplicateOfFilename() + "' (file ID "
                            + result.fileId() + "); nothing was queued.",
                    result.originalFilename(),
                    fetched.size());
        }
        return new UrlUploadDto(
                result.taskId(),
                result.fileId(),
                "queued",
                "File downloaded from URL and queued for processing",
                result.originalFilename(),
                fetched.size());
    }
}
