package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;

/**
 * One entry of {@code GET /api/files}, with the reference's fields. {@code privacy_manual_override} is always
 * {@code null} (automatic privacy rules apply) until privacy rules exist.
 */
public record FileDto(
        long id,
        String filehash,
        String originalFilename,
        String localFilename,
        long fileSize,
        String mimeType,
        boolean legalHold,
        boolean isPrivate,
        Boolean privacyManualOverride,
        String createdAt,
        ProcessingStatusDto processingStatus) {

    public static FileDto from(DocumentSummary document) {
        return new FileDto(
                document.id(),
                document.fileHash(),
                document.originalFilename(),
                document.localFilename(),
                document.fileSize(),
                document.mimeType(),
                document.legalHold(),
                document.privateDocument(),
                null,
                Timestamps.iso(document.createdAt()),
                ProcessingStatusDto.from(document.processing()));
    }
}
