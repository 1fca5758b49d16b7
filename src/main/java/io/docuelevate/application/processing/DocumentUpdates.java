package io.docuelevate.application.processing;

import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentRepository;
import io.docuelevate.domain.metadata.DocumentMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Pipeline results written to the document row, each in its own short transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DocumentUpdates {

    @Inject
    DocumentRepository documents;

    /** What {@code check_text} found: the page count and the damage repaired to read the PDF ({@code null}: none). */
    public void saveInspection(long fileId, int pages, String pdfDamage) {
        documents.find(fileId).ifPresent(d -> {
            d.setPageCount(pages);
            d.setPdfDamage(pdfDamage);
        });
    }

    public void saveText(long fileId, String text) {
        documents.find(fileId).ifPresent(d -> d.setOcrText(text));
    }

    public void saveProcessedPath(long fileId, String relativePath) {
        documents.find(fileId).ifPresent(d -> d.setProcessedFilePath(relativePath));
    }

    public void saveOcr(long fileId, String text, int pages) {
        documents.find(fileId).ifPresent(d -> {
            d.setOcrText(text);
            d.setPageCount(pages);
        });
    }

    public void saveMetadata(long fileId, DocumentMetadata metadata, String title, String language) {
        documents.find(fileId).ifPresent(d -> {
            d.setAiMetadata(metadata);
            d.setDocumentTitle(title);
            d.setDetectedLanguage(language);
        });
    }

    /** The document as it is now, or empty when it was deleted meanwhile. */
    public Optional<Document> current(long fileId) {
        return documents.find(fileId);
    }
}
