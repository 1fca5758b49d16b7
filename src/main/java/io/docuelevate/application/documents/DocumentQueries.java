package io.docuelevate.application.documents;

import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.queue.WorkItemState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of documents: lists, details, logs, stored files, duplicate groups and queue figures.
 * Nothing here changes state ({@link DocumentCommands} does). Every query takes the owner whose documents
 * the caller may see: empty means no restriction (single-user mode); a value restricts the answer to that
 * owner's documents. A document of someone else is absent, exactly like one that does not exist, so callers
 * answer 404 for both and never reveal that it exists.
 */
public interface DocumentQueries {

    /** A page of documents matching the criteria, each with its derived status. */
    Page<DocumentSummary> list(ListCriteria criteria, Optional<String> ownerId);

    /**
     * How many visible documents are completed and finished their terminal step at or after {@code since}
     * (the start page's "completed today").
     */
    long countCompletedSince(OffsetDateTime since, Optional<String> ownerId);

    /**
     * A page of the web document list: more filters and sort columns than {@link #list} (metadata fields
     * from their indexed list columns), each document with those fields.
     */
    Page<ListedDocument> browse(BrowseCriteria criteria, Optional<String> ownerId);

    /** The distinct metadata document types among the visible documents, sorted, at most {@code limit}. */
    List<String> documentTypes(Optional<String> ownerId, int limit);

    /** One document, if it exists and is visible. */
    Optional<DocumentSummary> summary(long documentId, Optional<String> ownerId);

    /** The visible documents among {@code ids}, in the order asked, each once; unknown ids are left out. */
    List<DocumentSummary> summaries(Collection<Long> ids, Optional<String> ownerId);

    /** One document with its steps, its logs (newest first) and which of its files are on disk, if visible. */
    Optional<DocumentDetail> detail(long documentId, Optional<String> ownerId);

    /** One stored version of a visible document; empty when the document or that file is not (or no longer) there. */
    Optional<StoredFile> storedFile(long documentId, FileVersion version, Optional<String> ownerId);

    /**
     * The file of each visible document among {@code ids} that a download should contain: the processed PDF
     * when it exists, else the original. Unknown ids and documents without any file on disk are left out.
     */
    List<StoredFile> preferredFiles(Collection<Long> ids, Optional<String> ownerId);

    /** Log lines, newest first, optionally of one document and/or one task, at most {@code limit}. */
    List<LogLine> logs(Optional<Long> documentId, Optional<String> taskId, int limit, Optional<String> ownerId);

    /** All log lines of one visible document, oldest first (the processing flow). */
    Optional<DocumentLogs> documentLogs(long documentId, Optional<String> ownerId);

    /** All log lines of one task, oldest first; empty when the task logged nothing visible. */
    List<LogLine> taskLogs(String taskId, Optional<String> ownerId);

    /** Groups of exact duplicates (same SHA-256), largest groups first. */
    DuplicateGroups duplicateGroups(int page, int perPage, Optional<String> ownerId);

    /** Work queue depth per queue and state, the workers' current items and the documents' status figures. */
    QueueStatistics queueStatistics(Optional<String> ownerId);

    /** Columns a document list may be sorted by; anything else is refused. */
    enum SortField {
        ID,
        ORIGINAL_FILENAME,
        FILE_SIZE,
        MIME_TYPE,
        CREATED_AT;

        /** The name used in the {@code sort_by} parameter. */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<SortField> fromParameter(String value) {
            for (SortField field : values()) {
                if (field.parameter().equals(value)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }
    }

    /** Sort direction. */
    enum SortOrder {
        ASC,
        DESC;

        public static Optional<SortOrder> fromParameter(String value) {
            for (SortOrder order : values()) {
                if (order.name().equalsIgnoreCase(value)) {
                    return Optional.of(order);
                }
            }
            return Optional.empty();
        }
    }

    /** Which stored file of a document: the immutable original upload or the processed PDF. */
    enum FileVersion {
        ORIGINAL,
        PROCESSED;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<FileVersion> fromParameter(String value) {
            for (FileVersion version : values()) {
                if (version.parameter().equals(value)) {
                    return Optional.of(version);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * What to list. Filters are {@code null} when not asked for. {@code search} matches the file name
     * case-insensitively and literally (no wildcards); {@code createdFrom} is inclusive and
     * {@code createdBefore} exclusive.
     */
    record ListCriteria(
            int page,
            int perPage,
            SortField sortBy,
            SortOrder sortOrder,
            String search,
            String mimeType,
            DocumentStatus status,
            OffsetDateTime createdFrom,
            OffsetDateTime createdBefore) {

        public ListCriteria {
            if (page < 1 || perPage < 1) {
                throw new IllegalArgumentException("page and per_page start at 1");
            }
        }

        public int offset() {
            return (page - 1) * perPage;
        }
    }

    /** Columns the web document list may be sorted by. */
    enum BrowseSort {
        TITLE,
        CORRESPONDENT,
        DOCUMENT_TYPE,
        DOCUMENT_DATE,
        FILE_SIZE,
        CREATED_AT;

        /** The name used in the page's {@code sort} parameter. */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<BrowseSort> fromParameter(String value) {
            for (BrowseSort field : values()) {
                if (field.parameter().equals(value)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * What the web list shows. Filters are {@code null} when not asked for. {@code text} matches file name or
     * title case-insensitively and literally; {@code documentType} and {@code correspondent} match exactly;
     * {@code tag} matches one tag case-insensitively; the document date range is inclusive on both ends.
     */
    record BrowseCriteria(
            int page,
            int perPage,
            BrowseSort sortBy,
            SortOrder sortOrder,
            String text,
            DocumentStatus status,
            String documentType,
            String correspondent,
            String tag,
            LocalDate documentDateFrom,
            LocalDate documentDateTo) {

        public BrowseCriteria {
            if (page < 1 || perPage < 1) {
                throw new IllegalArgumentException("page and per_page start at 1");
            }
        }

        public int offset() {
            return (page - 1) * perPage;
        }
    }

    /** A document of the web list: its summary, the metadata fields the list shows, and whether its PDF was repaired. */
    record ListedDocument(
            DocumentSummary summary,
            String correspondent,
            String documentType,
            LocalDate documentDate,
            boolean repaired) {}

    /** One page of results and the total over all pages. */
    record Page<T>(List<T> items, int page, int perPage, long total) {

        public int pages() {
            return (int) ((total + perPage - 1) / perPage);
        }
    }

    /** A document's list fields (never its text) with its derived status. */
    record DocumentSummary(
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
            DocumentStatus.Summary processing) {}

    /** The current state of one step of a document. */
    record StepState(
            String stepName,
            StepStatus status,
            OffsetDateTime startedAt,
            OffsetDateTime completedAt,
            String errorMessage) {}

    /** One line of processing history. */
    record LogLine(
            long id,
            Long documentId,
            String taskId,
            String stepName,
            StepStatus status,
            String message,
            OffsetDateTime timestamp) {}

    /** Everything the detail view shows of a document. */
    record DocumentDetail(
            DocumentSummary document,
            List<StepState> steps,
            List<LogLine> logsNewestFirst,
            boolean originalOnDisk,
            boolean processedOnDisk) {}

    /** A document with its whole log, oldest first. */
    record DocumentLogs(DocumentSummary document, List<LogLine> logsOldestFirst) {}

    /**
     * A stored file ready to be sent: its path (checked to be a regular file inside the work directory), the
     * name to offer the client, its media type and size.
     */
    record StoredFile(long documentId, FileVersion version, Path path, String filename, String mediaType, long size) {}

    /** Documents sharing one hash: the original upload (null if it is gone or not visible) and its duplicates. */
    record DuplicateGroup(String fileHash, DocumentSummary original, List<DocumentSummary> duplicates) {}

    /** One page of duplicate groups, with totals over all pages. */
    record DuplicateGroups(
            List<DuplicateGroup> groups, int page, int perPage, long totalGroups, long totalDuplicateFiles) {

        /** At least 1, as the reference reports it even without any group. */
        public int pages() {
            return (int) Math.max(1, (totalGroups + perPage - 1) / perPage);
        }
    }

    /** A queued or running unit of work as the queue view shows it. */
    record WorkItemView(
            String taskId,
            String queueName,
            String taskType,
            Long documentId,
            WorkItemState state,
            int attempts,
            String leaseOwner,
            OffsetDateTime notBefore,
            OffsetDateTime leaseExpiresAt,
            OffsetDateTime createdAt) {}

    /** A document with a step in progress: what the workers are doing now. */
    record InProgressStep(long documentId, String filename, String stepName) {}

    /**
     * Queue and processing figures: item counts per queue and state, the oldest queued item's creation time
     * ({@code null} when nothing is queued), the workers holding an unexpired lease, a sample of running and
     * delayed items, documents per derived status and step rows per step status.
     */
    record QueueStatistics(
            Map<String, Map<WorkItemState, Long>> itemsByQueue,
            OffsetDateTime oldestQueuedAt,
            List<String> leaseHolders,
            List<WorkItemView> running,
            List<WorkItemView> delayed,
            Map<DocumentStatus, Long> documentsByStatus,
            long totalDocuments,
            Map<StepStatus, Long> stepsByStatus,
            List<InProgressStep> inProgress,
            OffsetDateTime measuredAt) {}
}
