package io.docuelevate.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.docuelevate.application.documents.DocumentQueries.ListCriteria;
import io.docuelevate.application.documents.DocumentQueries.SortField;
import io.docuelevate.application.documents.DocumentQueries.SortOrder;
import io.docuelevate.domain.document.DocumentStatus;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileListParametersTest {

    private static ListCriteria criteria(String page, String perPage, String sortBy, String sortOrder) {
        return FileListParameters.criteria(page, perPage, sortBy, sortOrder, null, null, null, null, null);
    }

    @Test
    void defaultsAreTheReferences() {
        ListCriteria criteria = criteria(null, null, null, null);
        assertEquals(1, criteria.page());
        assertEquals(25, criteria.perPage());
        assertEquals(SortField.CREATED_AT, criteria.sortBy());
        assertEquals(SortOrder.DESC, criteria.sortOrder());
        assertNull(criteria.search());
        assertNull(criteria.mimeType());
        assertNull(criteria.status());
        assertNull(criteria.createdFrom());
        assertNull(criteria.createdBefore());
        assertEquals(0, criteria.offset());
    }

    @ParameterizedTest
    @CsvSource({
        "id, ID",
        "original_filename, ORIGINAL_FILENAME",
        "file_size, FILE_SIZE",
        "mime_type, MIME_TYPE",
        "created_at, CREATED_AT"
    })
    void everyWhitelistedSortFieldIsAccepted(String parameter, SortField field) {
        assertEquals(field, criteria(null, null, parameter, "asc").sortBy());
        assertEquals(parameter, field.parameter());
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "ocr_text", "filehash", "created_at; DROP TABLE files", "ID", "owner_id"})
    void sortFieldsOutsideTheWhitelistAreRefused(String sortBy) {
        UnprocessableRequestException e =
                assertThrows(UnprocessableRequestException.class, () -> criteria(null, null, sortBy, null));
        assertEquals(
                "sort_by must be one of: id, original_filename, file_size, mime_type, created_at, got '" + sortBy + "'",
                e.getMessage());
    }

    @Test
    void sortOrderIsAscOrDesc() {
        assertEquals(SortOrder.ASC, criteria(null, null, null, "ASC").sortOrder());
        assertEquals(SortOrder.DESC, criteria(null, null, null, "desc").sortOrder());
        assertThrows(UnprocessableRequestException.class, () -> criteria(null, null, null, "up"));
    }

    @Test
    void pageSizeIsLimitedTo200() {
        assertEquals(200, criteria(null, "200", null, null).perPage());
        assertThrows(UnprocessableRequestException.class, () -> criteria(null, "201", null, null));
        assertThrows(UnprocessableRequestException.class, () -> criteria(null, "0", null, null));
        assertThrows(UnprocessableRequestException.class, () -> criteria("0", null, null, null));
        assertEquals(50, criteria("3", "25", null, null).offset());
    }

    @Test
    void filtersAreTypedAndTrimmed() {
        ListCriteria criteria = FileListParameters.criteria(
                null, null, null, null, "  invoice ", " application/pdf ", "Completed", "2026-01-01", "2026-01-31");
        assertEquals("invoice", criteria.search());
        assertEquals("application/pdf", criteria.mimeType());
        assertEquals(DocumentStatus.COMPLETED, criteria.status());
        assertEquals(OffsetDateTime.parse("2026-01-01T00:00Z"), criteria.createdFrom());
        assertEquals(OffsetDateTime.parse("2026-02-01T00:00Z"), criteria.createdBefore());
    }

    @Test
    void unknownStatusesAndLongSearchesAreRefused() {
        UnprocessableRequestException status = assertThrows(
                UnprocessableRequestException.class,
                () -> FileListParameters.criteria(null, null, null, null, null, null, "done", null, null));
        assertEquals(
                "status must be one of: pending, processing, completed, failed, duplicate, got 'done'",
                status.getMessage());
        assertThrows(
                UnprocessableRequestException.class,
                () -> FileListParameters.criteria(null, null, null, null, "x".repeat(256), null, null, null, null));
        assertEquals(
                255,
                FileListParameters.criteria(null, null, null, null, "x".repeat(255), null, null, null, null)
                        .search()
                        .length());
    }
}
