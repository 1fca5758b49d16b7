package io.docuelevate.interfaces.web.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.docuelevate.application.documents.DocumentQueries.BrowseCriteria;
import io.docuelevate.application.documents.DocumentQueries.BrowseSort;
import io.docuelevate.application.documents.DocumentQueries.SortOrder;
import io.docuelevate.domain.document.DocumentStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListRequestTest {

    private static ListRequest request(Map<String, String> parameters) {
        return new ListRequest(parameters::get);
    }

    @Test
    void withoutParametersTheNewestComeFirstTwentyFiveAPage() {
        BrowseCriteria criteria = request(Map.of()).criteria();
        assertEquals(BrowseSort.CREATED_AT, criteria.sortBy());
        assertEquals(SortOrder.DESC, criteria.sortOrder());
        assertEquals(1, criteria.page());
        assertEquals(ListRequest.DEFAULT_PER_PAGE, criteria.perPage());
        assertNull(criteria.text());
    }

    @Test
    void understoodValuesBecomeCriteria() {
        ListRequest request = request(Map.of(
                "q", " invoice ",
                "status", "failed",
                "type", "Letter",
                "tag", "tax",
                "from", "2024-01-01",
                "to", "2024-12-31",
                "sort", "document_date",
                "order", "asc",
                "size", "10",
                "page", "3"));
        BrowseCriteria criteria = request.criteria();
        assertEquals("invoice", criteria.text());
        assertEquals(DocumentStatus.FAILED, criteria.status());
        assertEquals("Letter", criteria.documentType());
        assertEquals("tax", criteria.tag());
        assertEquals(LocalDate.of(2024, 1, 1), criteria.documentDateFrom());
        assertEquals(LocalDate.of(2024, 12, 31), criteria.documentDateTo());
        assertEquals(BrowseSort.DOCUMENT_DATE, criteria.sortBy());
        assertEquals(SortOrder.ASC, criteria.sortOrder());
        assertEquals(20, criteria.offset());
        assertEquals(List.of(), request.problems());
    }

    @Test
    void valuesNotUnderstoodAreIgnoredAndNamed() {
        ListRequest request = request(
                Map.of("status", "lost", "from", "yesterday", "sort", "secret_column", "size", "100000", "page", "-1"));
        BrowseCriteria criteria = request.criteria();
        assertNull(criteria.status());
        assertNull(criteria.documentDateFrom());
        assertEquals(BrowseSort.CREATED_AT, criteria.sortBy());
        assertEquals(ListRequest.DEFAULT_PER_PAGE, criteria.perPage());
        assertEquals(1, criteria.page());
        assertEquals(List.of("status", "sort", "page", "size", "from"), request.problems());
        assertEquals("", request.value("status"), "the form does not show the value again");
    }

    @Test
    void sortLinksKeepTheFiltersStartAtPageOneAndFlipAnAscendingColumn() {
        ListRequest request = request(Map.of("q", "a&b", "sort", "title", "order", "asc", "page", "4", "size", "10"));
        assertEquals("?q=a%26b&sort=title&order=desc&size=10", request.sortedBy(BrowseSort.TITLE));
        assertEquals("?q=a%26b&sort=file_size&order=asc&size=10", request.sortedBy(BrowseSort.FILE_SIZE));
        assertEquals("?q=a%26b&sort=title&order=asc&size=10&page=5", request.atPage(5));
    }
}
