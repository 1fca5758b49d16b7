package io.docuelevate.infrastructure.search.lucene;

import io.docuelevate.domain.search.SearchQuery;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * The parts of a search around the user's text ({@link UserQuery}): the query's visibility and filters as
 * non-scoring clauses, and its order (ties broken newest first).
 */
final class LuceneQueries {

    private LuceneQueries() {}

    /** {@code text}, restricted to the owner the query may see and to its filters. */
    static Query filtered(Query text, SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        query.visibility()
                .owner()
                .ifPresent(owner ->
                        builder.add(new TermQuery(new Term(LuceneFields.OWNER, owner)), BooleanClause.Occur.FILTER));
        SearchQuery.Filters filters = query.filters();
        exact(builder, LuceneFields.MIME_TYPE, filters.mimeType());
        exact(builder, LuceneFields.DOCUMENT_TYPE, filters.documentType());
        exact(builder, LuceneFields.LANGUAGE, filters.language());
        exact(builder, LuceneFields.SENDER, filters.sender());
        if (filters.correspondent() != null) {
            builder.add(
                    new TermQuery(DrillDownQuery.term(
                            FacetsConfig.DEFAULT_INDEX_FIELD_NAME,
                            LuceneFields.CORRESPONDENT,
                            filters.correspondent())),
                    BooleanClause.Occur.FILTER);
        }
        for (String tag : filters.tags()) {
            exact(builder, LuceneFields.TAGS, tag);
        }
        if (filters.textQuality() != null) {
            int max = filters.textQuality().maxLengthExclusive() == Integer.MAX_VALUE
                    ? Integer.MAX_VALUE
                    : filters.textQuality().maxLengthExclusive() - 1;
            builder.add(
                    IntPoint.newRangeQuery(
                            LuceneFields.PT_TEXT_LENGTH, filters.textQuality().minLength(), max),
                    BooleanClause.Occur.FILTER);
        }
        if (filters.createdFrom() != null || filters.createdTo() != null) {
            long from = filters.createdFrom() == null
                    ? Long.MIN_VALUE
                    : filters.createdFrom().getEpochSecond();
            long to = filters.createdTo() == null
                    ? Long.MAX_VALUE
                    : filters.createdTo().getEpochSecond();
            builder.add(LongPoint.newRangeQuery(LuceneFields.PT_CREATED_AT, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /** The query's order; equal keys by score, then newest (highest file id) first. */
    static Sort sort(SearchQuery query) {
        boolean descending = query.sortOrder() == SearchQuery.SortOrder.DESC;
        SortField newestFirst = new SortField(LuceneFields.DV_ID, SortField.Type.LONG, true);
        return switch (query.sortBy()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newestFirst);
            case CREATED_AT ->
                new Sort(
                        new SortField(LuceneFields.DV_CREATED_AT, SortField.Type.LONG, descending),
                        SortField.FIELD_SCORE,
                        newestFirst);
            case FILE_SIZE ->
                new Sort(
                        new SortField(LuceneFields.DV_FILE_SIZE, SortField.Type.LONG, descending),
                        SortField.FIELD_SCORE,
                        newestFirst);
            case CONFIDENCE_SCORE -> {
                SortField confidence = new SortField(LuceneFields.DV_CONFIDENCE, SortField.Type.LONG, descending);
                confidence.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
                yield new Sort(confidence, SortField.FIELD_SCORE, newestFirst);
            }
        };
    }

    private static void exact(BooleanQuery.Builder builder, String field, String value) {
        if (value != null && !value.isBlank()) {
            builder.add(
                    new TermQuery(new Term(LuceneFields.keyword(field), LuceneFields.keywordValue(value))),
                    BooleanClause.Occur.FILTER);
        }
    }
}
