package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.document.ProcessingStep;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.queue.WorkItem;
import io.docuelevate.domain.queue.WorkItemState;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@link DocumentQueries} on JPA. Lists select only the columns they show (never {@code ocr_text}); the
 * derived status is computed in Java for the rows shown and, for the {@code status} filter and the counts,
 * by the same rules written as {@code EXISTS} subqueries, so pagination totals stay exact.
 */
@ApplicationScoped
@Transactional
public class JpaDocumentQueries implements DocumentQueries {

    private static final Logger LOG = Logger.getLogger(JpaDocumentQueries.class.getName());

    /** How many running, delayed or in-progress items the queue statistics show. */
    static final int QUEUE_SAMPLE_SIZE = 20;

    private static final String ROW_COLUMNS = "f.id, f.ownerId, f.fileHash, f.originalFilename, f.localFilename, "
            + "f.fileSize, f.mimeType, f.duplicate, f.duplicateOfId, f.legalHold, f.privateDocument, f.documentTitle, "
            + "f.createdAt, f.originalFilePath, f.processedFilePath";

    private static final String LOG_COLUMNS = "l.id, l.fileId, l.taskId, l.stepName, l.status, l.message, l.timestamp";

    private static final String OWNED_DOCUMENT_IDS = "(SELECT o.id FROM Document o WHERE o.ownerId = :ownerId)";

    private static final Map<SortField, String> SORT_COLUMNS = Map.of(
            SortField.ID, "f.id",
            SortField.ORIGINAL_FILENAME, "f.originalFilename",
            SortField.FILE_SIZE, "f.fileSize",
            SortField.MIME_TYPE, "f.mimeType",
            SortField.CREATED_AT, "f.createdAt");

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Inject
    Workdir workdir;

    @Override
    public Page<DocumentSummary> list(ListCriteria criteria, Optional<String> ownerId) {
        Where where = documentsOf(ownerId);
        if (criteria.search() != null && !criteria.search().isBlank()) {
            where.add("LOWER(f.originalFilename) LIKE :search ESCAPE '" + LikePatterns.ESCAPE + "'")
                    .bind("search", LikePatterns.contains(criteria.search().toLowerCase(Locale.ROOT)));
        }
        if (criteria.mimeType() != null && !criteria.mimeType().isBlank()) {
            where.add("f.mimeType = :mimeType").bind("mimeType", criteria.mimeType());
        }
        if (criteria.status() != null) {
            restrictToStatus(where, criteria.status());
        }
        if (criteria.createdFrom() != null) {
            where.add("f.createdAt >= :createdFrom").bind("createdFrom", criteria.createdFrom());
        }
        if (criteria.createdBefore() != null) {
            where.add("f.createdAt < :createdBefore").bind("createdBefore", criteria.createdBefore());
        }
        long total = where.apply(entityManager.createQuery("SELECT COUNT(f) FROM Document f" + where, Long.class))
                .getSingleResult();
        if (total <= criteria.offset()) {
            return new Page<>(List.of(), criteria.page(), criteria.perPage(), total);
        }
        String direction = criteria.sortOrder() == SortOrder.ASC ? " ASC" : " DESC";
        String orderBy = " ORDER BY " + SORT_COLUMNS.get(criteria.sortBy()) + direction
                + (criteria.sortBy() == SortField.ID ? "" : ", f.id" + direction);
        List<Row> rows = where.apply(entityManager.createQuery("SELECT " + ROW_COLUMNS + " FROM Document f" + where
                        + orderBy, Object[].class))
                .setFirstResult(criteria.offset()).setMaxResults(criteria.perPage())
                .getResultList().stream().map(Row::of).toList();
        return new Page<>(summarize(rows), criteria.page(), criteria.perPage(), total);
    }

    @Override
    public Optional<DocumentSummary> summary(long documentId, Optional<String> ownerId) {
        return row(documentId, ownerId).map(row -> summarize(List.of(row)).get(0));
    }

    @Override
    public List<DocumentSummary> summaries(Collection<Long> ids, Optional<String> ownerId) {
        return summarize(rows(ids, ownerId));
    }

    @Override
    public Optional<DocumentDetail> detail(long documentId, Optional<String> ownerId) {
        return row(documentId, ownerId).map(this::detailOf);
    }

    private DocumentDetail detailOf(Row row) {
        long documentId = row.id();
        List<ProcessingStep> steps = stepsOf(List.of(documentId)).getOrDefault(documentId, List.of());
        DocumentSummary summary = row.summary(DocumentStatus.summarize(row.duplicate(), steps));
        List<StepState> stepStates = steps.stream().map(step -> new StepState(step.getStepName(), step.getStatus(),
                step.getStartedAt(), step.getCompletedAt(), step.getErrorMessage())).toList();
        List<LogLine> logs = logLines(entityManager.createQuery("SELECT " + LOG_COLUMNS + " FROM ProcessingLogEntry l"
                + " WHERE l.fileId = :documentId ORDER BY l.timestamp DESC, l.id DESC", Object[].class)
                .setParameter("documentId", documentId));
        return new DocumentDetail(summary, stepStates, logs, existingFile(row.originalFilePath()).isPresent(),
                existingFile(row.processedFilePath()).isPresent());
    }

    @Override
    public Optional<StoredFile> storedFile(long documentId, FileVersion version, Optional<String> ownerId) {
        return row(documentId, ownerId).flatMap(row -> storedFile(row, version));
    }

    @Override
    public List<StoredFile> preferredFiles(Collection<Long> ids, Optional<String> ownerId) {
        List<StoredFile> files = new ArrayList<>();
        for (Row row : rows(ids, ownerId)) {
            storedFile(row, FileVersion.PROCESSED).or(() -> storedFile(row, FileVersion.ORIGINAL))
                    .ifPresent(files::add);
        }
        return files;
    }

    @Override
    public List<LogLine> logs(Optional<Long> documentId, Optional<String> taskId, int limit, Optional<String> ownerId) {
        Where where = logsOf(ownerId);
        documentId.ifPresent(id -> where.add("l.fileId = :documentId").bind("documentId", id));
        taskId.ifPresent(id -> where.add("l.taskId = :taskId").bind("taskId", id));
        return logLines(where.apply(entityManager.createQuery("SELECT " + LOG_COLUMNS + " FROM ProcessingLogEntry l"
                + where + " ORDER BY l.timestamp DESC, l.id DESC", Object[].class)).setMaxResults(limit));
    }

    @Override
    public Optional<DocumentLogs> documentLogs(long documentId, Optional<String> ownerId) {
        return summary(documentId, ownerId).map(document -> new DocumentLogs(document, logLines(
                entityManager.createQuery("SELECT " + LOG_COLUMNS + " FROM ProcessingLogEntry l"
                        + " WHERE l.fileId = :documentId ORDER BY l.timestamp, l.id", Object[].class)
                        .setParameter("documentId", documentId))));
    }

    @Override
    public List<LogLine> taskLogs(String taskId, Optional<String> ownerId) {
        Where where = logsOf(ownerId).add("l.taskId = :taskId").bind("taskId", taskId);
        return logLines(where.apply(entityManager.createQuery("SELECT " + LOG_COLUMNS + " FROM ProcessingLogEntry l"
                + where + " ORDER BY l.timestamp, l.id", Object[].class)));
    }

    @Override
    public DuplicateGroups duplicateGroups(int page, int perPage, Optional<String> ownerId) {
        Where duplicates = documentsOf(ownerId).add("f.duplicate = TRUE");
        long totalGroups = duplicates.apply(entityManager.createQuery(
                "SELECT COUNT(DISTINCT f.fileHash) FROM Document f" + duplicates, Long.class)).getSingleResult();
        long totalDuplicates = duplicates.apply(entityManager.createQuery(
                "SELECT COUNT(f) FROM Document f" + duplicates, Long.class)).getSingleResult();
        List<String> hashes = duplicates.apply(entityManager.createQuery("SELECT f.fileHash, COUNT(f) AS copies"
                        + " FROM Document f" + duplicates + " GROUP BY f.fileHash ORDER BY copies DESC, f.fileHash",
                        Object[].class))
                .setFirstResult((page - 1) * perPage).setMaxResults(perPage)
                .getResultList().stream().map(columns -> (String) columns[0]).toList();
        List<DuplicateGroup> groups = new ArrayList<>();
        if (!hashes.isEmpty()) {
            Where inGroups = documentsOf(ownerId).add("f.fileHash IN :hashes").bind("hashes", hashes);
            List<Row> rows = inGroups.apply(entityManager.createQuery("SELECT " + ROW_COLUMNS + " FROM Document f"
                    + inGroups + " ORDER BY f.id", Object[].class)).getResultList().stream().map(Row::of).toList();
            Map<String, List<DocumentSummary>> byHash = summarize(rows).stream()
                    .collect(Collectors.groupingBy(DocumentSummary::fileHash, LinkedHashMap::new,
                            Collectors.toList()));
            for (String hash : hashes) {
                List<DocumentSummary> members = byHash.getOrDefault(hash, List.of());
                DocumentSummary original = members.stream().filter(member -> !member.duplicate()).findFirst()
                        .orElse(null);
                List<DocumentSummary> copies = members.stream().filter(DocumentSummary::duplicate).toList();
                groups.add(new DuplicateGroup(hash, original, copies));
            }
        }
        return new DuplicateGroups(groups, page, perPage, totalGroups, totalDuplicates);
    }

    @Override
    public QueueStatistics queueStatistics(Optional<String> ownerId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Where queued = workItemsOf(ownerId).add("w.state = :queued").bind("queued", WorkItemState.QUEUED);
        OffsetDateTime oldestQueued = queued.apply(entityManager.createQuery(
                "SELECT MIN(w.createdAt) FROM WorkItem w" + queued, OffsetDateTime.class)).getSingleResult();
        Where running = workItemsOf(ownerId).add("w.state = :running").bind("running", WorkItemState.RUNNING);
        Where delayed = workItemsOf(ownerId).add("w.state = :queued").bind("queued", WorkItemState.QUEUED)
                .add("w.notBefore > :now").bind("now", now);
        Where all = documentsOf(ownerId);
        long totalDocuments = all.apply(entityManager.createQuery("SELECT COUNT(f) FROM Document f" + all, Long.class))
                .getSingleResult();
        return new QueueStatistics(itemsByQueue(ownerId), oldestQueued, leaseHolders(ownerId, now),
                workItems(running, " ORDER BY w.id"), workItems(delayed, " ORDER BY w.notBefore, w.id"),
                documentsByStatus(ownerId), totalDocuments, stepsByStatus(ownerId), inProgress(ownerId), now);
    }

    private Map<String, Map<WorkItemState, Long>> itemsByQueue(Optional<String> ownerId) {
        Where items = workItemsOf(ownerId);
        Map<String, Map<WorkItemState, Long>> byQueue = new TreeMap<>();
        for (Object[] columns : items.apply(entityManager.createQuery("SELECT w.queueName, w.state, COUNT(w)"
                + " FROM WorkItem w" + items + " GROUP BY w.queueName, w.state", Object[].class)).getResultList()) {
            byQueue.computeIfAbsent((String) columns[0], queue -> new EnumMap<>(WorkItemState.class))
                    .put((WorkItemState) columns[1], (Long) columns[2]);
        }
        return byQueue;
    }

    /** Workers holding an unexpired lease: the replicas busy right now. */
    private List<String> leaseHolders(Optional<String> ownerId, OffsetDateTime now) {
        Where leased = workItemsOf(ownerId).add("w.state = :running").bind("running", WorkItemState.RUNNING)
                .add("w.leaseOwner IS NOT NULL").add("w.leaseExpiresAt > :now").bind("now", now);
        return leased.apply(entityManager.createQuery("SELECT DISTINCT w.leaseOwner FROM WorkItem w" + leased
                + " ORDER BY w.leaseOwner", String.class)).getResultList();
    }

    private List<WorkItemView> workItems(Where where, String orderBy) {
        return where.apply(entityManager.createQuery("SELECT w FROM WorkItem w" + where + orderBy, WorkItem.class))
                .setMaxResults(QUEUE_SAMPLE_SIZE).getResultList().stream()
                .map(item -> new WorkItemView(item.getTaskId(), item.getQueueName(), item.getTaskType(),
                        item.getFileId(), item.getState(), item.getAttempts(), item.getLeaseOwner(), item.getNotBefore(),
                        item.getLeaseExpiresAt(), item.getCreatedAt()))
                .toList();
    }

    private Map<DocumentStatus, Long> documentsByStatus(Optional<String> ownerId) {
        Map<DocumentStatus, Long> counts = new EnumMap<>(DocumentStatus.class);
        for (DocumentStatus status : DocumentStatus.values()) {
            Where where = documentsOf(ownerId);
            restrictToStatus(where, status);
            counts.put(status, where.apply(entityManager.createQuery("SELECT COUNT(f) FROM Document f" + where,
                    Long.class)).getSingleResult());
        }
        return counts;
    }

    private Map<StepStatus, Long> stepsByStatus(Optional<String> ownerId) {
        Where steps = new Where();
        ownerId.ifPresent(owner -> steps.add("s.fileId IN " + OWNED_DOCUMENT_IDS).bind("ownerId", owner));
        Map<StepStatus, Long> counts = new EnumMap<>(StepStatus.class);
        for (StepStatus status : StepStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] columns : steps.apply(entityManager.createQuery("SELECT s.status, COUNT(s) FROM ProcessingStep s"
                + steps + " GROUP BY s.status", Object[].class)).getResultList()) {
            counts.put((StepStatus) columns[0], (Long) columns[1]);
        }
        return counts;
    }

    /** The most recently updated steps in progress, with their document. */
    private List<InProgressStep> inProgress(Optional<String> ownerId) {
        Where current = documentsOf(ownerId).add("s.fileId = f.id").add("s.status = :inProgress")
                .bind("inProgress", StepStatus.IN_PROGRESS);
        return current.apply(entityManager.createQuery("SELECT f.id, f.originalFilename, s.stepName"
                        + " FROM Document f, ProcessingStep s" + current + " ORDER BY s.updatedAt DESC, s.id DESC",
                        Object[].class))
                .setMaxResults(QUEUE_SAMPLE_SIZE).getResultList().stream()
                .map(columns -> new InProgressStep((Long) columns[0], (String) columns[1], (String) columns[2]))
                .toList();
    }

    /**
     * Adds the derived-status rules of {@link DocumentStatus} as SQL: duplicate flag, then a failed counted
     * step, then one in progress, then a finished terminal step.
     */
    static void restrictToStatus(Where where, DocumentStatus status) {
        if (status == DocumentStatus.DUPLICATE) {
            where.add("f.duplicate = TRUE");
            return;
        }
        where.add("f.duplicate = FALSE");
        String failed = countedStepWith("failure");
        String running = countedStepWith("inProgress");
        String finished = "EXISTS (SELECT t.id FROM ProcessingStep t WHERE t.fileId = f.id"
                + " AND t.stepName IN :terminalSteps AND (t.status = :success OR t.status = :skipped))";
        where.bind("failure", StepStatus.FAILURE).bind("countedSteps", DocumentStatus.COUNTED_STEPS);
        for (int i = 0; i < DocumentStatus.COUNTED_STEP_PREFIXES.size(); i++) {
            where.bind("countedPrefix" + i, LikePatterns.startsWith(DocumentStatus.COUNTED_STEP_PREFIXES.get(i)));
        }
        if (status == DocumentStatus.FAILED) {
            where.add(failed);
            return;
        }
        where.add("NOT " + failed).bind("inProgress", StepStatus.IN_PROGRESS);
        if (status == DocumentStatus.PROCESSING) {
            where.add(running);
            return;
        }
        where.add("NOT " + running).bind("terminalSteps", DocumentStatus.TERMINAL_STEPS)
                .bind("success", StepStatus.SUCCESS).bind("skipped", StepStatus.SKIPPED);
        where.add(status == DocumentStatus.COMPLETED ? finished : "NOT " + finished);
    }

    private static String countedStepWith(String statusParameter) {
        StringBuilder counted = new StringBuilder("(s.stepName IN :countedSteps");
        for (int i = 0; i < DocumentStatus.COUNTED_STEP_PREFIXES.size(); i++) {
            counted.append(" OR s.stepName LIKE :countedPrefix").append(i).append(" ESCAPE '")
                    .append(LikePatterns.ESCAPE).append('\'');
        }
        counted.append(')');
        return "EXISTS (SELECT s.id FROM ProcessingStep s WHERE s.fileId = f.id AND s.status = :" + statusParameter
                + " AND " + counted + ")";
    }

    private static Where documentsOf(Optional<String> ownerId) {
        Where where = new Where();
        ownerId.ifPresent(owner -> where.add("f.ownerId = :ownerId").bind("ownerId", owner));
        return where;
    }

    private static Where logsOf(Optional<String> ownerId) {
        Where where = new Where();
        ownerId.ifPresent(owner -> where.add("l.fileId IN " + OWNED_DOCUMENT_IDS).bind("ownerId", owner));
        return where;
    }

    private static Where workItemsOf(Optional<String> ownerId) {
        Where where = new Where();
        ownerId.ifPresent(owner -> where.add("w.fileId IN " + OWNED_DOCUMENT_IDS).bind("ownerId", owner));
        return where;
    }

    private Optional<Row> row(long documentId, Optional<String> ownerId) {
        Where where = documentsOf(ownerId).add("f.id = :id").bind("id", documentId);
        return where.apply(entityManager.createQuery("SELECT " + ROW_COLUMNS + " FROM Document f" + where,
                Object[].class)).getResultStream().findFirst().map(Row::of);
    }

    /** The visible rows among {@code ids}, in the order of {@code ids}, each once. */
    private List<Row> rows(Collection<Long> ids, Optional<String> ownerId) {
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
        if (wanted.isEmpty()) {
            return List.of();
        }
        Where where = documentsOf(ownerId).add("f.id IN :ids").bind("ids", wanted);
        Map<Long, Row> found = where.apply(entityManager.createQuery(
                        "SELECT " + ROW_COLUMNS + " FROM Document f" + where, Object[].class))
                .getResultList().stream().map(Row::of)
                .collect(Collectors.toMap(Row::id, Function.identity()));
        return wanted.stream().filter(found::containsKey).map(found::get).toList();
    }

    private List<DocumentSummary> summarize(List<Row> rows) {
        Map<Long, List<ProcessingStep>> steps = stepsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> row.summary(
                DocumentStatus.summarize(row.duplicate(), steps.getOrDefault(row.id(), List.of())))).toList();
    }

    private Map<Long, List<ProcessingStep>> stepsOf(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("SELECT s FROM ProcessingStep s WHERE s.fileId IN :ids ORDER BY s.id",
                        ProcessingStep.class)
                .setParameter("ids", documentIds).getResultList().stream()
                .collect(Collectors.groupingBy(ProcessingStep::getFileId, LinkedHashMap::new, Collectors.toList()));
    }

    private static List<LogLine> logLines(TypedQuery<Object[]> query) {
        return query.getResultList().stream().map(columns -> new LogLine((Long) columns[0], (Long) columns[1],
                (String) columns[2], (String) columns[3], (StepStatus) columns[4], (String) columns[5],
                (OffsetDateTime) columns[6])).toList();
    }

    private Optional<StoredFile> storedFile(Row row, FileVersion version) {
        String stored = version == FileVersion.ORIGINAL ? row.originalFilePath() : row.processedFilePath();
        return existingFile(stored).map(path -> {
            String filename = version == FileVersion.ORIGINAL && row.originalFilename() != null
                    && !row.originalFilename().isBlank() ? row.originalFilename() : path.getFileName().toString();
            String mediaType = version == FileVersion.PROCESSED ? "application/pdf"
                    : mediaTypeOf(row.mimeType(), filename);
            try {
                return new StoredFile(row.id(), version, path, filename, mediaType, Files.size(path));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot read the size of " + path, e);
                return null;
            }
        });
    }

    /**
     * The stored path as a regular file inside the work directory. Paths may be stored absolute or relative
     * to the work directory; anything resolving outside it is refused (and logged), never served.
     */
    private Optional<Path> existingFile(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        Path root = workdir.root();
        Path path;
        try {
            Path candidate = Path.of(stored);
            path = (candidate.isAbsolute() ? candidate : root.resolve(candidate)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            LOG.warning("Stored file path is not a valid path: " + stored);
            return Optional.empty();
        }
        if (!path.startsWith(root)) {
            LOG.warning("Stored file path is outside the work directory and is not served: " + stored);
            return Optional.empty();
        }
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Optional.of(path) : Optional.empty();
    }

    private static String mediaTypeOf(String recorded, String filename) {
        if (recorded != null && !recorded.isBlank()) {
            return recorded;
        }
        String guessed = URLConnection.guessContentTypeFromName(filename);
        return guessed != null ? guessed : "application/octet-stream";
    }

    /** The selected columns of one {@code files} row (without its text). */
    record Row(long id, String ownerId, String fileHash, String originalFilename, String localFilename, long fileSize,
               String mimeType, boolean duplicate, Long duplicateOfId, boolean legalHold, boolean privateDocument,
               String documentTitle, OffsetDateTime createdAt, String originalFilePath, String processedFilePath) {

        static Row of(Object[] c) {
            return new Row((Long) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                    ((Number) c[5]).longValue(), (String) c[6], Boolean.TRUE.equals(c[7]), (Long) c[8],
                    Boolean.TRUE.equals(c[9]), Boolean.TRUE.equals(c[10]), (String) c[11], (OffsetDateTime) c[12],
                    (String) c[13], (String) c[14]);
        }

        DocumentSummary summary(DocumentStatus.Summary processing) {
            return new DocumentSummary(id, ownerId, fileHash, originalFilename, localFilename, fileSize, mimeType,
                    duplicate, duplicateOfId, legalHold, privateDocument, documentTitle, createdAt, processing);
        }
    }

    /** A JPQL WHERE clause assembled from conditions, with its named parameters. */
    static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where add(String condition) {
            conditions.add(condition);
            return this;
        }

        Where bind(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
