package io.docuelevate.infrastructure.search.meilisearch;

import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchHit;
import io.docuelevate.domain.search.SearchResults;
import io.docuelevate.infrastructure.search.Snippets;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Meilisearch's search answers as {@link SearchResults}: hits with their highlights as {@code <mark>} and the
 * text snippet from the first chunk with a match, the total, and facet counts most frequent first.
 */
final class MeilisearchAnswers {

    static final int SNIPPET_CHARS = 200;

    private MeilisearchAnswers() {}

    /** The JSON object Meilisearch answered; anything else is an engine error. */
    static JsonObject parse(String raw) {
        try (JsonReader reader = Json.createReader(new StringReader(raw))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new SearchEngineException("Meilisearch answered something that is not a JSON object", e);
        }
    }

    /** The results of a raw search answer. */
    static SearchResults results(String raw) {
        JsonObject response = parse(raw);
        List<SearchHit> hits = new ArrayList<>();
        for (JsonValue hit : response.getJsonArray("hits")) {
            hits.add(hit(hit.asJsonObject()));
        }
        long total = response.containsKey("totalHits")
                ? response.getJsonNumber("totalHits").longValue()
                : response.getJsonNumber("estimatedTotalHits").longValue();
        return new SearchResults(hits, total, facets(response.getJsonObject("facetDistribution")));
    }

    private static SearchHit hit(JsonObject hit) {
        JsonObject formatted = hit.containsKey("_formatted") && hit.get("_formatted") instanceof JsonObject object
                ? object
                : JsonValue.EMPTY_JSON_OBJECT;
        Map<String, Object> marked = new LinkedHashMap<>();
        for (String field : MeilisearchRequests.HIGHLIGHTED_FIELDS) {
            JsonValue value = formatted.get(field);
            if (value instanceof JsonString text) {
                marked.put(field, marks(text.getString(), Integer.MAX_VALUE));
            } else if (value instanceof JsonArray array) {
                List<String> values = new ArrayList<>();
                for (JsonValue item : array) {
                    if (item instanceof JsonString text) {
                        values.add(marks(text.getString(), Integer.MAX_VALUE));
                    }
                }
                marked.put(field, values);
            }
        }
        String snippet = null;
        for (String chunk : TextChunks.attributes()) {
            if (formatted.get(chunk) instanceof JsonString text
                    && (snippet == null || text.getString().contains(MeilisearchRequests.PRE))) {
                snippet = text.getString();
                if (snippet.contains(MeilisearchRequests.PRE)) {
                    break;
                }
            }
        }
        if (snippet != null) {
            marked.put("ocr_text", marks(snippet, SNIPPET_CHARS));
        }
        Double score = hit.get("_rankingScore") instanceof JsonNumber number ? number.doubleValue() : null;
        return new SearchHit(
                hit.getJsonNumber("file_id").longValue(),
                string(hit, "original_filename"),
                string(hit, "document_title"),
                string(hit, "document_type"),
                strings(hit, "tags"),
                string(hit, "sender"),
                string(hit, "recipient"),
                string(hit, "correspondent"),
                string(hit, "language"),
                string(hit, "reference_number"),
                string(hit, "mime_type"),
                number(hit, "file_size", 0L),
                hit.get("confidence_score") instanceof JsonNumber confidence ? confidence.intValue() : null,
                number(hit, "created_at_ts", 0L),
                (int) number(hit, "ocr_text_length", 0L),
                hit.getBoolean("is_private", false),
                marked,
                score);
    }

    private static String marks(String highlighted, int maxChars) {
        return Snippets.fromMarkers(highlighted, MeilisearchRequests.PRE, MeilisearchRequests.POST, maxChars);
    }

    private static String string(JsonObject object, String field) {
        return object.get(field) instanceof JsonString text ? text.getString() : null;
    }

    private static long number(JsonObject object, String field, long fallback) {
        return object.get(field) instanceof JsonNumber number ? number.longValue() : fallback;
    }

    private static List<String> strings(JsonObject object, String field) {
        List<String> values = new ArrayList<>();
        if (object.get(field) instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString text) {
                    values.add(text.getString());
                }
            }
        }
        return values;
    }

    private static Map<String, Map<String, Long>> facets(JsonObject distribution) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : SearchResults.FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>();
            if (distribution != null && distribution.get(facet) instanceof JsonObject values) {
                values.entrySet().stream()
                        .filter(entry -> entry.getValue() instanceof JsonNumber)
                        .sorted((a, b) -> {
                            int byCount = Long.compare(
                                    ((JsonNumber) b.getValue()).longValue(), ((JsonNumber) a.getValue()).longValue());
                            return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
                        })
                        .forEach(entry -> counts.put(entry.getKey(), ((JsonNumber) entry.getValue()).longValue()));
            }
            facets.put(facet, counts);
        }
        return facets;
    }
}
