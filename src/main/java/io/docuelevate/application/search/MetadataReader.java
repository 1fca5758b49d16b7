package io.docuelevate.application.search;

import io.docuelevate.domain.search.SearchDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads the fields search needs from a document's {@code ai_metadata} (the reference's 13-field JSON).
 * Tolerant by design: absent, malformed or oddly typed metadata only means fewer fields are indexed.
 */
public final class MetadataReader {

    private static final Logger LOG = Logger.getLogger(MetadataReader.class.getName());

    private MetadataReader() {
    }

    public static SearchDocument.Metadata read(String aiMetadata) {
        if (aiMetadata == null || aiMetadata.isBlank()) {
            return SearchDocument.Metadata.NONE;
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(aiMetadata))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                return SearchDocument.Metadata.NONE;
            }
            json = object;
        } catch (RuntimeException e) {
            LOG.fine(() -> "ai_metadata is not JSON; indexed without metadata: " + e.getMessage());
            return SearchDocument.Metadata.NONE;
        }
        return new SearchDocument.Metadata(text(json, "title"), text(json, "document_type"),
                text(json, "kommunikationsart"), tags(json), text(json, "absender"), text(json, "empfaenger"),
                text(json, "correspondent"), text(json, "language"), text(json, "reference_number"), confidence(json));
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value instanceof JsonString string && !string.getString().isBlank()) {
            return string.getString().strip();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return null;
    }

    private static List<String> tags(JsonObject json) {
        List<String> tags = new ArrayList<>();
        JsonValue value = json.get("tags");
        if (value instanceof JsonArray array) {
            for (JsonValue tag : array) {
                if (tag instanceof JsonString string && !string.getString().isBlank()) {
                    tags.add(string.getString().strip());
                }
            }
        } else if (value instanceof JsonString string) {
            for (String tag : string.getString().split(",")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
        }
        return tags;
    }

    private static Integer confidence(JsonObject json) {
        JsonValue value = json.get("confidence_score");
        Double number = null;
        if (value instanceof JsonNumber n) {
            number = n.doubleValue();
        } else if (value instanceof JsonString s) {
            try {
                number = Double.parseDouble(s.getString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (number == null || number.isNaN()) {
            return null;
        }
        return (int) Math.max(0, Math.min(100, Math.round(number)));
    }
}
