package io.docuelevate.interfaces.rest;

import io.docuelevate.application.documents.DocumentQueries.ListCriteria;
import io.docuelevate.application.documents.DocumentQueries.SortField;
import io.docuelevate.application.documents.DocumentQueries.SortOrder;
import io.docuelevate.domain.document.DocumentStatus;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The query parameters of {@code GET /api/files} turned into list criteria, with the reference's defaults
 * and limits: {@code page} 1, {@code per_page} 25 (at most 200), {@code sort_by} from a fixed whitelist
 * ({@code created_at} by default), {@code sort_order} {@code desc} by default, {@code search} at most 255
 * characters. Anything else is refused with 422 before a query is made.
 */
public final class FileListParameters {

    public static final int DEFAULT_PER_PAGE = 25;
    public static final int MAX_PER_PAGE = 200;
    public static final int MAX_SEARCH_LENGTH = 255;
    /** Keeps {@code (page - 1) * per_page} far from overflowing. */
    public static final int MAX_PAGE = 1_000_000;

    private FileListParameters() {}

    /** Validated criteria from the raw parameter values ({@code null} when a parameter is absent). */
    public static ListCriteria criteria(
            String page,
            String perPage,
            String sortBy,
            String sortOrder,
            String search,
            String mimeType,
            String status,
            String dateFrom,
            String dateTo) {
        int pageNumber = RequestParameters.intInRange("page", page, 1, 1, MAX_PAGE);
        int pageSize = RequestParameters.intInRange("per_page", perPage, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
        SortField field = isAbsent(sortBy)
                ? SortField.CREATED_AT
                : SortField.fromParameter(sortBy.trim())
                        .orElseThrow(() -> new UnprocessableRequestException(
                                "sort_by must be one of: " + sortFields() + ", got '" + sortBy + "'"));
        SortOrder order = isAbsent(sortOrder)
                ? SortOrder.DESC
                : SortOrder.fromParameter(sortOrder.trim())
                        .orElseThrow(() -> new UnprocessableRequestException(
                                "sort_order must be asc or desc, got '" + sortOrder + "'"));
        if (search != null && search.length() > MAX_SEARCH_LENGTH) {
            throw new UnprocessableRequestException("search must be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        DocumentStatus documentStatus = isAbsent(status)
                ? null
                : DocumentStatus.fromValue(status)
                        .orElseThrow(() -> new UnprocessableRequestException(
                                "status must be one of: " + statuses() + ", got '" + status + "'"));
        OffsetDateTime from =
                RequestParameters.lowerBound("date_from", dateFrom).orElse(null);
        OffsetDateTime before =
                RequestParameters.exclusiveUpperBound("date_to", dateTo).orElse(null);
        return new ListCriteria(
                pageNumber,
                pageSize,
                field,
                order,
                isAbsent(search) ? null : search.strip(),
                isAbsent(mimeType) ? null : mimeType.strip(),
                documentStatus,
                from,
                before);
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }

    private static String sortFields() {
        return Arrays.stream(SortField.values()).map(SortField::parameter).collect(Collectors.joining(", "));
    }

    private static String statuses() {
        return Arrays.stream(DocumentStatus.values()).map(DocumentStatus::value).collect(Collectors.joining(", "));
    }
}
