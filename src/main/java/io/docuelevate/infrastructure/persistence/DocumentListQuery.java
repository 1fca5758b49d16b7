package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.application.documents.DocumentQueries.DuplicateGroup;
import io.docuelevate.application.documents.DocumentQueries.DuplicateGroups;
import io.docuelevate.application.documents.DocumentQueries.ListCriteria;
import io.docuelevate.application.documents.DocumentQueries.Page;
import io.docuelevate.application.documents.DocumentQueries.SortField;
import io.docuelevate.application.documents.DocumentQueries.SortOrder;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.document.ProcessingStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Document rows for lists: the filtered, sorted, paginated list, rows by id, duplicate groups, and their
 * derived status. Only the columns shown are selected (never {@code ocr_text}); the status filter uses
 * {@link DocumentStatusConditions}, so pagination totals stay exact.
 */
@ApplicationScoped
@Transactional
public class DocumentListQuery {

    private static final Map<SortField, String> SORT_COLUMNS = Map.of(
            SortField.ID, "f.id",
            SortField.ORIGINAL_FILENAME, "f.originalFilename",
            SortField.FILE_SIZE, "f.fileSize",
            SortField.MIME_TYPE, "f.mimeType",
            SortField.CREATED_AT, "f.createdAt");

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    public Page<DocumentSummary> list(ListCriteria criteria, Optional<String> ownerId) {
        JpqlWhere where = JpqlWhere.documentsOf(ownerId);
        if (criteria.search() != null && !criteria.search().isBlank()) {
            where.add("LOWER(f.originalFilename) LIKE :search ESCAPE '" + LikePatterns.ESCAPE + "'")
                    .bind("search", LikePatterns.contains(criteria.search().toLowerCase(Locale.ROOT)));
        }
        if (criteria.mimeType() != null && !criteria.mimeType().isBlank()) {
            where.add("f.mimeType = :mimeType").bind("mimeType", criteria.mimeType());
        }
        if (criteria.status() != null) {
            DocumentStatusConditions.restrict(where, criteria.status());
        }
        if (criteria.createdFrom() != null) {
            where.add("f.createdAt >= :createdFrom").bind("createdFrom", criteria.createdFrom());
        }
        if (criteria.createdBefore() != null) {
            where.add("f.createdAt < :createdBefore").bind("createdBefore", criteria.createdBefore());
        }
        long total = count(where);
        if (total <= criteria.offset()) {
            return new Page<>(List.of(), criteria.page(), criteria.perPage(), total);
        }
        String direction = criteria.sortOrder() == SortOrder.ASC ? " ASC" : " DESC";
        String orderBy = " ORDER BY " + SORT_COLUMNS.get(criteria.sortBy()) + direction
                + (criteria.sortBy() == SortField.ID ? "" : ", f.id" + direction);
        List<DocumentRow> rows = where
                .apply(entityManager.createQuery(
                        "SELECT " + DocumentRow.COLUMNS + " FROM Document f" + where + orderBy, Object[].class))
                .setFirstResult(criteria.offset())
                .setMaxResults(criteria.perPage())
                .getResultList()
                .stream()
                .map(DocumentRow::of)
                .toList();
        return new Page<>(summarize(rows), criteria.page(), criteria.perPage(), total);
    }

    /** Completed documents whose terminal step finished at or after {@code since}. */
    public long countCompletedSince(OffsetDateTime since, Optional<String> ownerId) {
        JpqlWhere where = JpqlWhere.documentsOf(ownerId);
        DocumentStatusConditions.restrict(where, DocumentStatus.COMPLETED);
        where.add("EXISTS (SELECT c.id FROM ProcessingStep c WHERE c.fileId = f.id"
                        + " AND c.stepName IN :terminalSteps AND c.completedAt >= :completedSince)")
                .bind("completedSince", since);
        return count(where);
    }

    /** How many documents match. */
    public long count(JpqlWhere where) {
        return where.apply(entityManager.createQuery("SELECT COUNT(f) FROM Document f" + where, Long.class))
                .getSingleResult();
    }

    public DuplicateGroups duplicateGroups(int page, int perPage, Optional<String> ownerId) {
        JpqlWhere duplicates = JpqlWhere.documentsOf(ownerId).add("f.duplicate = TRUE");
        long totalGroups = duplicates
                .apply(entityManager.createQuery(
                        "SELECT COUNT(DISTINCT f.fileHash) FROM Document f" + duplicates, Long.class))
                .getSingleResult();
        long totalDuplicates = count(duplicates);
        List<String> hashes = duplicates
                .apply(entityManager.createQuery(
                        "SELECT f.fileHash, COUNT(f) AS copies" + " FROM Document f" + duplicates
                                + " GROUP BY f.fileHash ORDER BY copies DESC, f.fileHash",
                        Object[].class))
                .setFirstResult((page - 1) * perPage)
                .setMaxResults(perPage)
                .getResultList()
                .stream()
                .map(columns -> (String) columns[0])
                .toList();
        List<DuplicateGroup> groups = new ArrayList<>();
        if (!hashes.isEmpty()) {
            JpqlWhere inGroups =
                    JpqlWhere.documentsOf(ownerId).add("f.fileHash IN :hashes").bind("hashes", hashes);
            List<DocumentRow> rows = inGroups
                    .apply(entityManager.createQuery(
                            "SELECT " + DocumentRow.COLUMNS + " FROM Document f" + inGroups + " ORDER BY f.id",
                            Object[].class))
                    .getResultList()
                    .stream()
                    .map(DocumentRow::of)
                    .toList();
            Map<String, List<DocumentSummary>> byHash = summarize(rows).stream()
                    .collect(Collectors.groupingBy(DocumentSummary::fileHash, LinkedHashMap::new, Collectors.toList()));
            for (String hash : hashes) {
                List<DocumentSummary> members = byHash.getOrDefault(hash, List.of());
                DocumentSummary original = members.stream()
                        .filter(member -> !member.duplicate())
                        .findFirst()
                        .orElse(null);
                List<DocumentSummary> copies =
                        members.stream().filter(DocumentSummary::duplicate).toList();
                groups.add(new DuplicateGroup(hash, original, copies));
            }
        }
        return new DuplicateGroups(groups, page, perPage, totalGroups, totalDuplicates);
    }

    /** The document's row if the owner (or anyone, when empty) may see it. */
    public Optional<DocumentRow> row(long documentId, Optional<String> ownerId) {
        JpqlWhere where = JpqlWhere.documentsOf(ownerId).add("f.id = :id").bind("id", documentId);
        return where.apply(entityManager.createQuery(
                        "SELECT " + DocumentRow.COLUMNS + " FROM Document f" + where, Object[].class))
                .getResultStream()
                .findFirst()
                .map(DocumentRow::of);
    }

    /** The visible rows among {@code ids}, in the order of {@code ids}, each once. */
    public List<DocumentRow> rows(Collection<Long> ids, Optional<String> ownerId) {
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
        if (wanted.isEmpty()) {
            return List.of();
        }
        JpqlWhere where = JpqlWhere.documentsOf(ownerId).add("f.id IN :ids").bind("ids", wanted);
        Map<Long, DocumentRow> found = where
                .apply(entityManager.createQuery(
                        "SELECT " + DocumentRow.COLUMNS + " FROM Document f" + where, Object[].class))
                .getResultList()
                .stream()
                .map(DocumentRow::of)
                .collect(Collectors.toMap(DocumentRow::id, Function.identity()));
        return wanted.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** The rows with their derived processing status. */
    public List<DocumentSummary> summarize(List<DocumentRow> rows) {
        Map<Long, List<ProcessingStep>> steps =
                stepsOf(rows.stream().map(DocumentRow::id).toList());
        return rows.stream()
                .map(row ->
                        row.summary(DocumentStatus.summarize(row.duplicate(), steps.getOrDefault(row.id(), List.of()))))
                .toList();
    }

    /** The steps of the documents, grouped by document, each group in creation order. */
    public Map<Long, List<ProcessingStep>> stepsOf(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery(
                        "SELECT s FROM ProcessingStep s WHERE s.fileId IN :ids ORDER BY s.id", ProcessingStep.class)
                .setParameter("ids", documentIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(ProcessingStep::getFileId, LinkedHashMap::new, Collectors.toList()));
    }
}
