package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.documents.BulkDocumentOperations.BulkReprocess;
import io.docuelevate.interfaces.rest.DocumentErrorMappers;
import java.util.List;

/**
 * {@code POST /api/files/bulk-reprocess}: one entry per id, either queued ({@code processed_files}) or not
 * ({@code errors}, also for ids not found); {@code status} is {@code success} when at least one was queued.
 */
public record BulkReprocessResultDto(
        String status, String message, List<Queued> processedFiles, List<Failure> errors, List<String> taskIds) {

    public static BulkReprocessResultDto from(BulkReprocess result) {
        List<Queued> queued = result.queued().stream()
                .map(item -> new Queued(item.fileId(), item.filename(), item.taskId()))
                .toList();
        List<Failure> errors = result.notQueued().stream()
                .map(item -> new Failure(
                        item.fileId(),
                        item.filename(),
                        item.notFound() ? DocumentErrorMappers.notFoundDetail(item.fileId()) : item.reason()))
                .toList();
        String message = "Successfully queued " + queued.size() + " files for reprocessing"
                + (errors.isEmpty() ? "" : ", " + errors.size() + " not queued");
        return new BulkReprocessResultDto(
                queued.isEmpty() ? "error" : "success",
                message,
                queued,
                errors,
                queued.stream().map(Queued::taskId).toList());
    }

    /** A document queued for processing. */
    public record Queued(long fileId, String filename, String taskId) {}

    /** A document that could not be queued, and why. */
    public record Failure(long fileId, String filename, String error) {}
}
