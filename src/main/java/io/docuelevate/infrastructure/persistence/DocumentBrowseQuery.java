package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.documents.DocumentQueries.BrowseCriteria;
import io.docuelevate.application.documents.DocumentQueries.BrowseSort;
import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.application.documents.DocumentQueries.ListedDocument;
import io.docuelevate.application.documents.DocumentQueries.Page;
import io.docuelevate.application.documents.DocumentQueries.SortOrder;
import io.docuelevate.domain.document.ListedMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The web document list: filtered by status, text, metadata fields and document date, sorted by an indexed
 * column (V8 adds one index per sort column, per owner and overall) with the id as tie-breaker, paginated by
 * offset, counted from whichever end is nearer. Only list columns are read, never the text or the metadata JSON.
 */
@ApplicationScoped
@Transactional
public class DocumentBrowseQuery {

    private static final Map<BrowseSort, String> SORT_COLUMNS = Map.of(
            BrowseSort.TITLE, "f.documentTitle",
            BrowseSort.CORRESPONDENT, "f.metaCorrespondent",
            BrowseSort.DOCUMENT_TYPE, "f.metaDocumentType",
            BrowseSort.DOCUMENT_DATE, "f.metaDocumentDate",
            BrowseSort.FILE_SIZE, "f.fileSize",
            BrowseSort.CREATED_AT, "f.createdAt");

    private static final String LISTED_COLUMNS =
            ", f.metaCorrespondent, f.metaDocumentType, f.metaDocumentDate, f.pdfDamage";

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Inject
    DocumentListQuery documents;

    public Page<ListedDocument> browse(BrowseCriteria criteria, Optional<String> ownerId) {
        JpqlWhere where = where(criteria, ownerId);
        long total = documents.count(where);
        if (total <= criteria.offset()) {
            return new Page<>(List.of(), criteria.page(), criteria.perPage(), total);
        }
        // Past the middle, read from the other end: the database then skips at most half of the rows.
        boolean fromEnd = criteria.offset() > total / 2;
        int offset = criteria.offset();
        int limit = criteria.perPage();
        if (fromEnd) {
            long end = Math.min(total, (long) offset + limit);
            offset = (int) (total - end);
            limit = (int) (end - criteria.offset());
        }
        boolean ascending = (criteria.sortOrder() == SortOrder.ASC) != fromEnd;
        String direction = ascending ? " ASC" : " DESC";
        String orderBy = " ORDER BY " + SORT_COLUMNS.get(criteria.sortBy()) + direction + ", f.id" + direction;
        List<Object[]> found = new ArrayList<>(where.apply(entityManager.createQuery(
                        "SELECT " + DocumentRow.COLUMNS + LISTED_COLUMNS + " FROM Document f" + where + orderBy,
                        Object[].class))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
        if (fromEnd) {
            Collections.reverse(found);
        }
        List<DocumentSummary> summaries =
                documents.summarize(found.stream().map(DocumentRow::of).toList());
        List<ListedDocument> listed = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Object[] columns = found.get(i);
            int extra = columns.length - 4;
            listed.add(new ListedDocument(
                    summaries.get(i),
                    (String) columns[extra],
                    (String) columns[extra + 1],
                    (LocalDate) columns[extra + 2],
                    columns[extra + 3] != null));
        }
        return new Page<>(listed, criteria.page(), criteria.perPage(), total);
    }

    public List<String> documentTypes(Optional<String> ownerId, int limit) {
        JpqlWhere where = JpqlWhere.documentsOf(ownerId).add("f.metaDocumentType IS NOT NULL");
        return where.apply(entityManager.createQuery(
                        "SELECT DISTINCT f.metaDocumentType FROM Document f" + where + " ORDER BY f.metaDocumentType",
                        String.class))
                .setMaxResults(limit)
                .getResultList();
    }

    private static JpqlWhere where(BrowseCriteria criteria, Optional<String> ownerId) {
        JpqlWhere where = JpqlWhere.documentsOf(ownerId);
        if (criteria.text() != null) {
            where.add("(LOWER(f.originalFilename) LIKE :text ESCAPE '" + LikePatterns.ESCAPE
                            + "' OR LOWER(f.documentTitle) LIKE :text ESCAPE '" + LikePatterns.ESCAPE + "')")
                    .bind("text", LikePatterns.contains(criteria.text().toLowerCase(Locale.ROOT)));
        }
        if (criteria.status() != null) {
            DocumentStatusConditions.restrict(where, criteria.status());
        }
        if (criteria.documentType() != null) {
            where.add("f.metaDocumentType = :documentType").bind("documentType", criteria.documentType());
        }
        if (criteria.correspondent() != null) {
            where.add("f.metaCorrespondent = :correspondent").bind("correspondent", criteria.correspondent());
        }
        if (criteria.tag() != null) {
            where.add("f.metaTags LIKE :tag ESCAPE '" + LikePatterns.ESCAPE + "'")
                    .bind(
                            "tag",
                            LikePatterns.contains(ListedMetadata.TAG_SEPARATOR
                                    + ListedMetadata.tagKey(criteria.tag())
                                    + ListedMetadata.TAG_SEPARATOR));
        }
        if (criteria.documentDateFrom() != null) {
            where.add("f.metaDocumentDate >= :dateFrom").bind("dateFrom", criteria.documentDateFrom());
        }
        if (criteria.documentDateTo() != null) {
            where.add("f.metaDocumentDate <= :dateTo").bind("dateTo", criteria.documentDateTo());
        }
        return where;
    }
}
