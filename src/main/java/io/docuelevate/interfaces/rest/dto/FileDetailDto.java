package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.documents.DocumentQueries.DocumentDetail;
import java.util.List;

/**
 * {@code GET /api/files/{id}}: the reference's {@code file}, {@code processing_status}, {@code logs} (newest
 * first) and {@code files_on_disk}, plus {@code steps}, the current state of each step.
 */
public record FileDetailDto(FileRecordDto file, ProcessingStatusDto processingStatus, List<StepDto> steps,
                            List<LogEntryDto> logs, FilesOnDiskDto filesOnDisk) {

    public static FileDetailDto from(DocumentDetail detail) {
        return new FileDetailDto(FileRecordDto.from(detail.document()),
                ProcessingStatusDto.from(detail.document().processing()),
                detail.steps().stream().map(StepDto::from).toList(),
                detail.logsNewestFirst().stream().map(LogEntryDto::from).toList(),
                new FilesOnDiskDto(detail.originalOnDisk(), detail.processedOnDisk()));
    }
}
