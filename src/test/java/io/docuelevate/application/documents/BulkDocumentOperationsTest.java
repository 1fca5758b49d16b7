package io.docuelevate.application.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.metadata.DocumentMetadata;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bulk rules: per-document refusals, legal hold refusing the whole delete, nothing visible is a 404. */
class BulkDocumentOperationsTest {

    private final List<Long> deleted = new ArrayList<>();

    @Test
    void reprocessReportsUnknownAndRefusedDocumentsWithoutFailingTheOthers() {
        BulkDocumentOperations bulk = operations(Map.of(1L, document(1, false), 2L, document(2, false)));
        BulkDocumentOperations.BulkReprocess result = bulk.reprocess(List.of(1L, 2L, 9L), Optional.empty());
        assertEquals(List.of(new BulkDocumentOperations.Queued(1, "doc-1.pdf", "task-1")), result.queued());
        assertEquals(
                List.of(
                        new BulkDocumentOperations.NotQueued(2, "doc-2.pdf", "busy"),
                        new BulkDocumentOperations.NotQueued(9, null, null)),
                result.notQueued());
        assertTrue(result.notQueued().get(1).notFound());
    }

    @Test
    void anyDocumentUnderLegalHoldRefusesTheWholeDeletion() {
        BulkDocumentOperations bulk = operations(Map.of(1L, document(1, false), 2L, document(2, true)));
        OperationRefusedException refused =
                assertThrows(OperationRefusedException.class, () -> bulk.delete(List.of(1L, 2L), Optional.empty()));
        assertEquals(OperationRefusedException.Reason.CONFLICT, refused.reason());
        assertTrue(refused.getMessage().contains("[2]"), refused.getMessage());
        assertEquals(List.of(), deleted, "nothing was deleted");
    }

    @Test
    void deleteReportsUnknownIds() {
        BulkDocumentOperations bulk = operations(Map.of(1L, document(1, false)));
        BulkDocumentOperations.BulkDelete result = bulk.delete(List.of(1L, 7L), Optional.empty());
        assertEquals(List.of(1L), result.deleted());
        assertEquals(List.of(7L), result.notFound());
        assertEquals(List.of(1L), deleted);
    }

    @Test
    void noVisibleDocumentIsRefusedAsAWhole() {
        BulkDocumentOperations bulk = operations(Map.of());
        assertThrows(NoVisibleDocumentsException.class, () -> bulk.delete(List.of(3L), Optional.empty()));
        assertThrows(NoVisibleDocumentsException.class, () -> bulk.reprocess(List.of(), Optional.empty()));
    }

    private BulkDocumentOperations operations(Map<Long, DocumentSummary> visible) {
        BulkDocumentOperations bulk = new BulkDocumentOperations();
        bulk.queries = (DocumentQueries) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DocumentQueries.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("summaries")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return ((Collection<?>) args[0])
                            .stream().map(visible::get).filter(d -> d != null).toList();
                });
        bulk.commands = new DocumentCommands() {
            @Override
            public String reprocess(long fileId) {
                if (fileId == 2) {
                    throw new OperationRefusedException(OperationRefusedException.Reason.CONFLICT, "busy");
                }
                return "task-" + fileId;
            }

            @Override
            public String retryStep(long fileId, String stepName) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete(long fileId) {
                deleted.add(fileId);
            }

            @Override
            public String correctMetadata(long fileId, DocumentMetadata metadata) {
                throw new UnsupportedOperationException();
            }
        };
        return bulk;
    }

    private static DocumentSummary document(long id, boolean legalHold) {
        return new DocumentSummary(
                id,
                null,
                "hash-" + id,
                "doc-" + id + ".pdf",
                "local-" + id + ".pdf",
                10,
                "application/pdf",
                false,
                null,
                legalHold,
                false,
                null,
                null,
                DocumentStatus.Summary.NOT_STARTED);
    }
}
