package io.docuelevate.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class SavedSearchesTest {

    @Test
    void namesAreRequiredAndAtMost100Characters() {
        assertEquals("Rechnungen 2026", SavedSearches.validName("  Rechnungen 2026 "));
        assertEquals(100, SavedSearches.validName("n".repeat(100)).length());
        for (String name : new String[] {null, "", "   ", "n".repeat(101)}) {
            SavedSearchException e = assertThrows(SavedSearchException.class, () -> SavedSearches.validName(name));
            assertEquals(SavedSearchException.Reason.INVALID, e.reason());
        }
    }

    @Test
    void unknownFilterKeysAreDroppedAndOnlyUnknownKeysAreRefused() {
        String kept = SavedSearches.validFilters(Json.createObjectBuilder()
                .add("q", "Rechnung")
                .add("tags", "Strom")
                .add("colour", "blue")
                .add("mime_type", JsonValue.NULL)
                .add("document_type", Json.createArrayBuilder().add("Invoice").add("Contract"))
                .build());
        assertEquals("{\"document_type\":[\"Invoice\",\"Contract\"],\"q\":\"Rechnung\",\"tags\":\"Strom\"}", kept);

        for (JsonValue filters : new JsonValue[] {
            Json.createObjectBuilder().add("colour", "blue").build(),
            JsonValue.EMPTY_JSON_OBJECT,
            Json.createValue("q=x"),
            JsonValue.NULL,
            Json.createObjectBuilder()
                    .add("q", Json.createObjectBuilder().add("nested", 1))
                    .build()
        }) {
            SavedSearchException e =
                    assertThrows(SavedSearchException.class, () -> SavedSearches.validFilters(filters));
            assertEquals(SavedSearchException.Reason.INVALID, e.reason(), filters.toString());
        }
    }

    @Test
    void aSavedQueryIsLimitedLikeASearch() {
        String longest = "w".repeat(SearchService.MAX_QUERY_LENGTH);
        assertEquals(
                "{\"q\":\"" + longest + "\"}",
                SavedSearches.validFilters(
                        Json.createObjectBuilder().add("q", longest).build()));
        for (JsonValue filters : new JsonValue[] {
            Json.createObjectBuilder().add("q", longest + "w").build(),
            Json.createObjectBuilder().add("q", "x".repeat(100_000)).build(),
            Json.createObjectBuilder()
                    .add("tags", Json.createArrayBuilder().add("ok").add(longest + "w"))
                    .build()
        }) {
            SavedSearchException e =
                    assertThrows(SavedSearchException.class, () -> SavedSearches.validFilters(filters));
            assertEquals(SavedSearchException.Reason.INVALID, e.reason());
            assertEquals(true, e.getMessage().contains("at most 512 characters"), e.getMessage());
        }
    }
}
