package io.docuelevate.application.documents;

import io.docuelevate.application.delivery.DocumentDeliveries;
import io.docuelevate.application.documents.DocumentQueries.DocumentDetail;
import io.docuelevate.domain.delivery.DocumentDelivery;
import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Everything a detail view shows of one document: the read model of {@link DocumentQueries#detail} together
 * with the stored document, whose metadata ({@code ai_metadata}, detected language) the view shows as well, and
 * its deliveries to destinations.
 */
@ApplicationScoped
public class DocumentDetails {

    @Inject
    DocumentQueries queries;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentDeliveries deliveries;

    /** The document's detail, if it exists and the owner may see it. */
    public Optional<WithMetadata> find(long documentId, Optional<String> ownerId) {
        return queries.detail(documentId, ownerId)
                .flatMap(detail -> documents
                        .find(documentId)
                        .map(document -> new WithMetadata(detail, document, deliveries.of(documentId))));
    }

    /** The detail, the stored document it was read from, and where it was delivered. */
    public record WithMetadata(DocumentDetail detail, Document document, List<DocumentDelivery> deliveries) {}
}
