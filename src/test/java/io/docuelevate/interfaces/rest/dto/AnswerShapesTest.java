package io.docuelevate.interfaces.rest.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.ingest.IngestResult;
import io.docuelevate.domain.identity.Caller;
import io.docuelevate.domain.search.SearchHit;
import io.docuelevate.interfaces.rest.JsonConfiguration;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The DTO records keep the JSON the maps wrote: names, explicit nulls, and the keys left out on purpose. */
class AnswerShapesTest {

    @Test
    void anUploadIsQueuedOrADuplicateWithTheirOwnKeys() {
        JsonObject queued = json(UploadDto.from(new IngestResult(false, 7, "task", "a.pdf", "stored.pdf", null)));
        assertEquals(Set.of("task_id", "file_id", "status", "original_filename", "stored_filename"), queued.keySet());
        JsonObject duplicate = json(UploadDto.from(new IngestResult(true, 3, null, "a.pdf", null, "first.pdf")));
        assertEquals(Set.of("status", "original_filename", "stored_filename", "duplicate_of"), duplicate.keySet());
        assertTrue(duplicate.isNull("stored_filename"));
        assertEquals(3, duplicate.getJsonObject("duplicate_of").getInt("original_file_id"));
        assertEquals("exact", duplicate.getJsonObject("duplicate_of").getString("duplicate_type"));
    }

    @Test
    void whoAmIHasTheCsrfTokenOnlyForABrowserSession() {
        Caller caller = new Caller("u1", "ann", Set.of(Caller.ROLE_ADMIN), Caller.AuthMethod.API_TOKEN, 5L);
        JsonObject bearer = json(IdentityDtos.WhoAmI.of(caller, null));
        assertEquals(Set.of("id", "username", "is_admin", "auth_method"), bearer.keySet());
        assertEquals("api_token", bearer.getString("auth_method"));
        assertEquals("t0k", json(IdentityDtos.WhoAmI.of(caller, "t0k")).getString("csrf_token"));
    }

    @Test
    void searchHitsKeepFormattedAndTheRankingScore() {
        SearchHit hit = new SearchHit(
                4,
                "bill.pdf",
                "Bill",
                null,
                List.of("strom"),
                null,
                null,
                null,
                "de",
                null,
                "application/pdf",
                10,
                null,
                1_700_000_000L,
                120,
                false,
                Map.of("document_title", "<mark>Bill</mark>", "tags", List.of("<mark>strom</mark>")),
                0.5);
        JsonObject result = json(SearchResultsDto.Hit.from(hit));
        assertFalse(result.containsKey("ocr_text"));
        assertTrue(result.isNull("document_type"));
        assertTrue(result.getBoolean("is_private") == false && result.getInt("created_at_ts") == 1_700_000_000);
        JsonObject formatted = result.getJsonObject("_formatted");
        assertEquals("<mark>Bill</mark>", formatted.getString("document_title"));
        assertEquals("<mark>strom</mark>", formatted.getJsonArray("tags").getString(0));
        assertEquals("bill.pdf", formatted.getString("original_filename"));
        assertFalse(formatted.containsKey("ocr_text"), "no snippet without a text match");
        assertEquals(0.5, result.getJsonNumber("ranking_score").doubleValue());
    }

    private static JsonObject json(Object answer) {
        return Json.createReader(new StringReader(JsonConfiguration.JSONB.toJson(answer)))
                .readObject();
    }
}
