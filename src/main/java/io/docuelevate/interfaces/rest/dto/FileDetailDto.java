package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.documents.DocumentDetails;
import io.docuelevate.application.documents.DocumentQueries.DocumentDetail;
import io.docuelevate.application.metadata.MetadataJson;
import io.docuelevate.domain.metadata.DocumentMetadata;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * {@code GET /api/files/{id}}: the reference's {@code file}, {@code processing_status}, {@code logs} (newest
 * first) and {@code files_on_disk}, plus {@code steps} (the current state of each step) and the metadata:
 * {@code ai_metadata} (the 13 fields and how they were found), {@code document_title}, {@code detected_language},
 * and whether the PDF had to be repaired to be read: {@code repaired} and {@code damage} (the parser's reason,
 * {@code null} for a sound file), so a client knows that text or pages of a damaged upload may be missing; and
 * {@code deliveries}: each destination with its state, the name the file got there and the last error.
 */
public record FileDetailDto(
        FileRecordDto file,
        ProcessingStatusDto processingStatus,
        List<StepDto> steps,
        List<LogEntryDto> logs,
        FilesOnDiskDto filesOnDisk,
        JsonObject aiMetadata,
        String documentTitle,
        String detectedLanguage,
        boolean repaired,
        String damage,
        List<DeliveryDto> deliveries) {

    /**
     * The detail with the document's metadata in its stored form ({@code null} before extraction), the damage
     * repaired to read its PDF ({@code null}: none) and its deliveries.
     */
    public static FileDetailDto from(DocumentDetails.WithMetadata found) {
        DocumentDetail detail = found.detail();
        DocumentMetadata aiMetadata = found.document().getAiMetadata();
        String pdfDamage = found.document().getPdfDamage();
        JsonObject metadata = aiMetadata == null ? null : MetadataJson.toExtendedJson(aiMetadata);
        return new FileDetailDto(
                FileRecordDto.from(detail.document()),
                ProcessingStatusDto.from(detail.document().processing()),
                detail.steps().stream().map(StepDto::from).toList(),
                detail.logsNewestFirst().stream().map(LogEntryDto::from).toList(),
                new FilesOnDiskDto(detail.originalOnDisk(), detail.processedOnDisk()),
                metadata,
                detail.document().documentTitle(),
                found.document().getDetectedLanguage(),
                pdfDamage != null,
                pdfDamage,
                found.deliveries().stream().map(DeliveryDto::from).toList());
    }
}
