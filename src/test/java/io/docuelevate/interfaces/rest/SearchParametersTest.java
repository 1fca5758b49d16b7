package io.docuelevate.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.search.SearchQuery;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    private static final SearchQuery.Visibility ALL = SearchQuery.Visibility.all();

    private static SearchParameters.Raw raw(String q) {
        return new SearchParameters.Raw(
                q, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void defaultsAreTheReferences() {
        SearchQuery query = SearchParameters.query(raw("  Rechnung  "), ALL);
        assertEquals("Rechnung", query.text());
        assertEquals(1, query.page());
        assertEquals(20, query.perPage());
        assertEquals(SearchQuery.SortBy.RELEVANCE, query.sortBy());
        assertEquals(SearchQuery.SortOrder.DESC, query.sortOrder());
        assertEquals(SearchQuery.Filters.NONE, query.filters());
    }

    @Test
    void aCorrespondentIsAFilterAndBlankMeansNone() {
        SearchParameters.Raw given = new SearchParameters.Raw(
                "x", null, null, null, null, null, null, null, null, null, null, null, null, null, " Telekom ");
        assertEquals("Telekom", SearchParameters.query(given, ALL).filters().correspondent());
        SearchParameters.Raw blank = new SearchParameters.Raw(
                "x", null, null, null, null, null, null, null, null, null, null, null, null, null, " ");
        assertEquals(
                SearchQuery.Filters.NONE, SearchParameters.query(blank, ALL).filters());
    }

    @Test
    void missingEmptyOrTooLongQueriesAre422() {
        for (String q : new String[] {null, "", "   ", "x".repeat(513)}) {
            assertThrows(
                    UnprocessableRequestException.class, () -> SearchParameters.query(raw(q), ALL), String.valueOf(q));
        }
        assertEquals(
                512, SearchParameters.query(raw("x".repeat(512)), ALL).text().length());
    }

    @Test
    void perPageAbove100AndBadValuesAre422() {
        assertEquals(
                100,
                SearchParameters.query(
                                new SearchParameters.Raw(
                                        "a", null, null, null, null, null, null, null, null, null, null, null, "100",
                                        null, null),
                                ALL)
                        .perPage());
        for (String perPage : List.of("101", "0", "-1", "ten")) {
            assertThrows(
                    UnprocessableRequestException.class,
                    () -> SearchParameters.query(
                            new SearchParameters.Raw(
                                    "a", null, null, null, null, null, null, null, null, null, null, null, perPage,
                                    null, null),
                            ALL),
                    perPage);
        }
        assertThrows(
                UnprocessableRequestException.class,
                () -> SearchParameters.query(
                        new SearchParameters.Raw(
                                "a", null, null, null, null, null, null, null, null, "title", null, null, null, null,
                                null),
                        ALL));
        assertThrows(
                UnprocessableRequestException.class,
                () -> SearchParameters.query(
                        new SearchParameters.Raw(
                                "a", null, null, null, null, null, null, null, null, null, "up", null, null, null,
                                null),
                        ALL));
        assertThrows(
                UnprocessableRequestException.class,
                () -> SearchParameters.query(
                        new SearchParameters.Raw(
                                "a",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "excellent",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        ALL));
        assertThrows(
                UnprocessableRequestException.class,
                () -> SearchParameters.query(
                        new SearchParameters.Raw(
                                "a",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "yesterday",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        ALL));
        assertThrows(
                UnprocessableRequestException.class,
                () -> SearchParameters.query(
                        new SearchParameters.Raw(
                                "a",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "1e999999999",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        ALL));
        assertThrows(
                UnprocessableRequestException.class,
                () -> SearchParameters.query(
                        new SearchParameters.Raw(
                                "a", null, null, null, null, null, null, null, null, null, null, null, null, "vector",
                                null),
                        ALL));
    }

    @Test
    void filtersAndOrderAreRead() {
        SearchQuery query = SearchParameters.query(
                new SearchParameters.Raw(
                        "invoice",
                        "application/pdf",
                        "Invoice",
                        "de",
                        " Strom, ,Energie,Strom ",
                        "Stadtwerke",
                        "medium",
                        "1700000000",
                        "1800000000.9",
                        "created_at",
                        "ASC",
                        "3",
                        "50",
                        "hybrid",
                        null),
                SearchQuery.Visibility.ownedBy("alice"));
        SearchQuery.Filters filters = query.filters();
        assertEquals("application/pdf", filters.mimeType());
        assertEquals("Invoice", filters.documentType());
        assertEquals("de", filters.language());
        assertEquals(List.of("Strom", "Energie"), filters.tags());
        assertEquals("Stadtwerke", filters.sender());
        assertEquals(SearchQuery.TextQuality.MEDIUM, filters.textQuality());
        assertEquals(Instant.ofEpochSecond(1_700_000_000), filters.createdFrom());
        assertEquals(Instant.ofEpochSecond(1_800_000_000), filters.createdTo());
        assertEquals(SearchQuery.SortBy.CREATED_AT, query.sortBy());
        assertEquals(SearchQuery.SortOrder.ASC, query.sortOrder());
        assertEquals(3, query.page());
        assertEquals(50, query.perPage());
        assertTrue(query.visibility().owner().isPresent());
        assertNull(SearchParameters.query(raw("a"), ALL).filters().sender());
    }
}
