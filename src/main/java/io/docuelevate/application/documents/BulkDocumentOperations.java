package io.docuelevate.application.documents;

import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The document commands applied to many documents at once, for the REST API and the web pages alike:
 * reprocess each (one refusal does not stop the others) and delete all (nothing when any is under legal
 * hold). Ids the caller cannot see are reported like unknown ids; when none is visible the whole request
 * is refused with {@link NoVisibleDocumentsException}.
 */
@ApplicationScoped
public class BulkDocumentOperations {

    @Inject
    DocumentQueries queries;

    @Inject
    DocumentCommands commands;

    /** Queues each visible document again; unknown ids and refusals are reported per document. */
    public BulkReprocess reprocess(List<Long> ids, Optional<String> ownerId) {
        Map<Long, DocumentSummary> documents = visibleById(ids, ownerId);
        List<Queued> queued = new ArrayList<>();
        List<NotQueued> notQueued = new ArrayList<>();
        for (long id : ids) {
            DocumentSummary document = documents.get(id);
            if (document == null) {
                notQueued.add(new NotQueued(id, null, null));
                continue;
            }
            try {
                queued.add(new Queued(id, document.originalFilename(), commands.reprocess(id)));
            } catch (OperationRefusedException | DocumentNotFoundException refused) {
                notQueued.add(new NotQueued(id, document.originalFilename(), refused.getMessage()));
            }
        }
        return new BulkReprocess(queued, notQueued);
    }

    /**
     * Deletes every visible document, or none: any of them under legal hold refuses the whole request
     * (CONFLICT) before anything is deleted. Unknown ids, and documents gone meanwhile, are reported.
     */
    public BulkDelete delete(List<Long> ids, Optional<String> ownerId) {
        Map<Long, DocumentSummary> documents = visibleById(ids, ownerId);
        List<Long> held = documents.values().stream()
                .filter(DocumentSummary::legalHold)
                .map(DocumentSummary::id)
                .sorted()
                .toList();
        if (!held.isEmpty()) {
            throw new OperationRefusedException(
                    OperationRefusedException.Reason.CONFLICT,
                    "Files under legal hold cannot be deleted: " + held + "; nothing was deleted");
        }
        List<Long> deleted = new ArrayList<>();
        List<Long> notFound = new ArrayList<>();
        for (long id : ids) {
            if (!documents.containsKey(id)) {
                notFound.add(id);
                continue;
            }
            try {
                commands.delete(id);
                deleted.add(id);
            } catch (DocumentNotFoundException alreadyGone) {
                notFound.add(id);
            }
        }
        return new BulkDelete(deleted, notFound);
    }

    private Map<Long, DocumentSummary> visibleById(List<Long> ids, Optional<String> ownerId) {
        Map<Long, DocumentSummary> documents = queries.summaries(ids, ownerId).stream()
                .collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
        if (documents.isEmpty()) {
            throw NoVisibleDocumentsException.noneVisible();
        }
        return documents;
    }

    /** What a bulk reprocess did: the documents queued and those that were not. */
    public record BulkReprocess(List<Queued> queued, List<NotQueued> notQueued) {}

    /** A document queued again, with its new task. */
    public record Queued(long fileId, String filename, String taskId) {}

    /**
     * A document not queued: {@code filename} and {@code reason} are {@code null} when the id names no
     * visible document, else the reason the command was refused.
     */
    public record NotQueued(long fileId, String filename, String reason) {

        public boolean notFound() {
            return filename == null && reason == null;
        }
    }

    /** What a bulk delete did: the ids deleted and the ids that named no (longer existing) document. */
    public record BulkDelete(List<Long> deleted, List<Long> notFound) {}
}
