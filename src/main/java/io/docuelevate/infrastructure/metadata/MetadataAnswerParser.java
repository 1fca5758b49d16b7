package io.docuelevate.infrastructure.metadata;

import io.docuelevate.domain.metadata.MetadataExtractionException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON object out of a model's answer as the reference does: the content of a markdown
 * {@code ```json} fence if there is one, else everything from the first {@code {} to the last
 * {@code }}. Prose around it is ignored; anything that is not one JSON object is refused.
 */
final class MetadataAnswerParser {

    private static final Pattern FENCE = Pattern.compile("```(?:json|JSON)?\\s*\\n?(.*?)```", Pattern.DOTALL);

    private MetadataAnswerParser() {}

    static JsonObject parse(String answer) throws MetadataExtractionException {
        if (answer == null || answer.isBlank()) {
            throw new MetadataExtractionException("AI answer is empty");
        }
        String candidate = null;
        Matcher fence = FENCE.matcher(answer);
        if (fence.find() && fence.group(1).contains("{")) {
            candidate = fence.group(1).strip();
        } else {
            int first = answer.indexOf('{');
            int last = answer.lastIndexOf('}');
            if (first >= 0) {
                candidate = last > first ? answer.substring(first, last + 1) : answer.substring(first);
            }
        }
        if (candidate == null) {
            throw new MetadataExtractionException("AI answer contains no JSON object");
        }
        try (JsonReader reader = Json.createReader(new StringReader(candidate))) {
            JsonStructure structure = reader.read();
            if (structure instanceof JsonObject object) {
                return object;
            }
            throw new MetadataExtractionException("AI answer is JSON but not an object");
        } catch (JsonException | IllegalStateException e) {
            throw new MetadataExtractionException("AI answer is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
