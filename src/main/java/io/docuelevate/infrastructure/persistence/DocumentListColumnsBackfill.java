package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.document.Document;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills the document list columns migration V8 added ({@code meta_correspondent}, {@code meta_document_type},
 * {@code meta_document_date}, {@code meta_tags}) for documents whose metadata was stored before them, at server
 * start, in short batches. Done here rather than in the migration because reading the stored metadata JSON
 * needs the application's JSON codec, which the one-shot migration command does not carry. Metadata always
 * has a document type ({@code Unknown} at least), so a row with metadata and no type is one not yet filled;
 * once all are, the start-up costs one query. Later metadata keeps the columns current through
 * {@link Document#setAiMetadata}.
 */
@ApplicationScoped
public class DocumentListColumnsBackfill {

    private static final Logger LOG = Logger.getLogger(DocumentListColumnsBackfill.class.getName());
    static final int BATCH = 200;

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Inject
    DocumentListColumnsBackfill self;

    void fill(@Observes @Priority(Interceptor.Priority.APPLICATION + 50) Startup event) {
        try {
            long after = 0;
            for (long last = self.fillBatch(after); last > after; last = self.fillBatch(after)) {
                after = last;
            }
            if (after > 0) {
                LOG.info("Document list columns filled for documents stored before them (up to id " + after + ")");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Filling the document list columns failed; lists may miss metadata fields", e);
        }
    }

    /** Fills one batch of documents with an id above {@code after}; the last id handled, or {@code after} when none was left. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long fillBatch(long after) {
        List<Document> documents = entityManager
                .createQuery(
                        "SELECT f FROM Document f WHERE f.id > :after AND f.aiMetadata IS NOT NULL"
                                + " AND f.metaDocumentType IS NULL ORDER BY f.id",
                        Document.class)
                .setParameter("after", after)
                .setMaxResults(BATCH)
                .getResultList();
        long last = after;
        for (Document document : documents) {
            if (document.getAiMetadata() != null) {
                document.setAiMetadata(document.getAiMetadata());
            }
            last = document.getId();
        }
        return last;
    }
}
