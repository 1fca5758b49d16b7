package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;

/** The {@code file} object of a document's detail: the list fields plus duplicate link and title. */
public record FileRecordDto(
        long id,
        String filehash,
        String originalFilename,
        String localFilename,
        long fileSize,
        String mimeType,
        boolean legalHold,
        boolean isPrivate,
        Boolean privacyManualOverride,
        boolean isDuplicate,
        Long duplicateOfId,
        String documentTitle,
        String createdAt) {

    public static FileRecordDto from(DocumentSummary document) {
        return new FileRecordDto(
                document.id(),
                document.fileHash(),
                document.originalFilename(),
                document.localFilename(),
                document.fileSize(),
                document.mimeType(),
                document.legalHold(),
                document.privateDocument(),
                null,
                document.duplicate(),
                document.duplicateOfId(),
                document.documentTitle(),
                Timestamps.iso(document.createdAt()));
    }
}
