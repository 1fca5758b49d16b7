package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.documents.DocumentQueries.DocumentLogs;
import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import java.util.List;

/** {@code GET /api/logs/file/{id}}: the document, its whole log oldest first, and the number of lines. */
public record FileLogsDto(File file, List<LogEntryDto> logs, int totalLogs) {

    /** The few document fields shown above its log. */
    public record File(long id, String originalFilename, long fileSize, String mimeType, String createdAt) {}

    public static FileLogsDto from(DocumentLogs documentLogs) {
        DocumentSummary document = documentLogs.document();
        List<LogEntryDto> logs =
                documentLogs.logsOldestFirst().stream().map(LogEntryDto::from).toList();
        return new FileLogsDto(
                new File(
                        document.id(),
                        document.originalFilename(),
                        document.fileSize(),
                        document.mimeType(),
                        Timestamps.iso(document.createdAt())),
                logs,
                logs.size());
    }
}
