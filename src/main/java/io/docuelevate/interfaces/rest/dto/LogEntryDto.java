package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.documents.DocumentQueries.LogLine;

/** One processing log line, as every log endpoint writes it. */
public record LogEntryDto(
        long id, Long fileId, String taskId, String stepName, String status, String message, String timestamp) {

    public static LogEntryDto from(LogLine line) {
        return new LogEntryDto(
                line.id(),
                line.documentId(),
                line.taskId(),
                line.stepName(),
                line.status() == null ? null : line.status().value(),
                line.message(),
                Timestamps.iso(line.timestamp()));
    }
}
