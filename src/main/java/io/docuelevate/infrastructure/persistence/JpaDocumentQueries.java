package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.document.ProcessingStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link DocumentQueries} on JPA, one transaction per call, as a facade over its jobs: document rows and
 * lists ({@link DocumentListQuery}), the processing history ({@link ProcessingLogQueries}), queue figures
 * ({@link QueueStatisticsQuery}) and files on disk ({@link StoredFileLookup}). The derived status is
 * computed in Java for the rows shown.
 */
@ApplicationScoped
@Transactional
public class JpaDocumentQueries implements DocumentQueries {

    @Inject
    DocumentListQuery documents;

    @Inject
    DocumentBrowseQuery browsing;

    @Inject
    ProcessingLogQueries logs;

    @Inject
    QueueStatisticsQuery queue;

    @Inject
    StoredFileLookup files;

    @Override
    public Page<DocumentSummary> list(ListCriteria criteria, Optional<String> ownerId) {
        return documents.list(criteria, ownerId);
    }

    @Override
    public long countCompletedSince(OffsetDateTime since, Optional<String> ownerId) {
        return documents.countCompletedSince(since, ownerId);
    }

    @Override
    public Page<ListedDocument> browse(BrowseCriteria criteria, Optional<String> ownerId) {
        return browsing.browse(criteria, ownerId);
    }

    @Override
    public List<String> documentTypes(Optional<String> ownerId, int limit) {
        return browsing.documentTypes(ownerId, limit);
    }

    @Override
    public Optional<DocumentSummary> summary(long documentId, Optional<String> ownerId) {
        return documents
                .row(documentId, ownerId)
                .map(row -> documents.summarize(List.of(row)).get(0));
    }

    @Override
    public List<DocumentSummary> summaries(Collection<Long> ids, Optional<String> ownerId) {
        return documents.summarize(documents.rows(ids, ownerId));
    }

    @Override
    public Optional<DocumentDetail> detail(long documentId, Optional<String> ownerId) {
        return documents.row(documentId, ownerId).map(this::detailOf);
    }

    private DocumentDetail detailOf(DocumentRow row) {
        long documentId = row.id();
        List<ProcessingStep> steps = documents.stepsOf(List.of(documentId)).getOrDefault(documentId, List.of());
        DocumentSummary summary = row.summary(DocumentStatus.summarize(row.duplicate(), steps));
        List<StepState> stepStates = steps.stream()
                .map(step -> new StepState(
                        step.getStepName(),
                        step.getStatus(),
                        step.getStartedAt(),
                        step.getCompletedAt(),
                        step.getErrorMessage()))
                .toList();
        return new DocumentDetail(
                summary,
                stepStates,
                logs.ofDocument(documentId, true),
                files.existingFile(row.originalFilePath()).isPresent(),
                files.existingFile(row.processedFilePath()).isPresent());
    }

    @Override
    public Optional<StoredFile> storedFile(long documentId, FileVersion version, Optional<String> ownerId) {
        return documents.row(documentId, ownerId).flatMap(row -> files.storedFile(row, version));
    }

    @Override
    public List<StoredFile> preferredFiles(Collection<Long> ids, Optional<String> ownerId) {
        List<StoredFile> found = new ArrayList<>();
        for (DocumentRow row : documents.rows(ids, ownerId)) {
            files.storedFile(row, FileVersion.PROCESSED)
                    .or(() -> files.storedFile(row, FileVersion.ORIGINAL))
                    .ifPresent(found::add);
        }
        return found;
    }

    @Override
    public List<LogLine> logs(Optional<Long> documentId, Optional<String> taskId, int limit, Optional<String> ownerId) {
        return logs.latest(documentId, taskId, limit, ownerId);
    }

    @Override
    public Optional<DocumentLogs> documentLogs(long documentId, Optional<String> ownerId) {
        return summary(documentId, ownerId)
                .map(document -> new DocumentLogs(document, logs.ofDocument(documentId, false)));
    }

    @Override
    public List<LogLine> taskLogs(String taskId, Optional<String> ownerId) {
        return logs.ofTask(taskId, ownerId);
    }

    @Override
    public DuplicateGroups duplicateGroups(int page, int perPage, Optional<String> ownerId) {
        return documents.duplicateGroups(page, perPage, ownerId);
    }

    @Override
    public QueueStatistics queueStatistics(Optional<String> ownerId) {
        return queue.queueStatistics(ownerId);
    }
}
