package io.docuelevate.interfaces.rest.dto;

import java.util.List;

/**
 * {@code POST /api/files/bulk-reprocess}: one entry per id, either queued ({@code processed_files}) or not
 * ({@code errors}, also for ids not found); {@code status} is {@code success} when at least one was queued.
 */
public record BulkReprocessResultDto(String status, String message, List<Queued> processedFiles, List<Failure> errors,
                                     List<String> taskIds) {

    /** A document queued for processing. */
    public record Queued(long fileId, String filename, String taskId) {
    }

    /** A document that could not be queued, and why. */
    public record Failure(long fileId, String filename, String error) {
    }
}
