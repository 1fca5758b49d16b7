package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.domain.document.DocumentStatus;
import java.time.OffsetDateTime;

/** The selected columns of one {@code files} row (without its text), as the document queries read it. */
public record DocumentRow(
        long id,
        String ownerId,
        String fileHash,
        String originalFilename,
        String localFilename,
        long fileSize,
        String mimeType,
        boolean duplicate,
        Long duplicateOfId,
        boolean legalHold,
        boolean privateDocument,
        String documentTitle,
        OffsetDateTime createdAt,
        String originalFilePath,
        String processedFilePath) {

    /** The JPQL select list {@link #of} reads, in its order. */
    static final String COLUMNS = "f.id, f.ownerId, f.fileHash, f.originalFilename, f.localFilename, "
            + "f.fileSize, f.mimeType, f.duplicate, f.duplicateOfId, f.legalHold, f.privateDocument, f.documentTitle, "
            + "f.createdAt, f.originalFilePath, f.processedFilePath";

    static DocumentRow of(Object[] c) {
        return new DocumentRow(
                (Long) c[0],
                (String) c[1],
                (String) c[2],
                (String) c[3],
                (String) c[4],
                ((Number) c[5]).longValue(),
                (String) c[6],
                Boolean.TRUE.equals(c[7]),
                (Long) c[8],
                Boolean.TRUE.equals(c[9]),
                Boolean.TRUE.equals(c[10]),
                (String) c[11],
                (OffsetDateTime) c[12],
                (String) c[13],
                (String) c[14]);
    }

    DocumentSummary summary(DocumentStatus.Summary processing) {
        return new DocumentSummary(
                id,
                ownerId,
                fileHash,
                originalFilename,
                localFilename,
                fileSize,
                mimeType,
                duplicate,
                duplicateOfId,
                legalHold,
                privateDocument,
                documentTitle,
                createdAt,
                processing);
    }
}
