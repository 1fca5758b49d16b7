package io.docuelevate.interfaces.rest.request;

import io.docuelevate.interfaces.rest.JsonConfiguration;
import io.docuelevate.interfaces.rest.UnprocessableRequestException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;

/**
 * Text to request record: JSON-P parses it (malformed JSON is answered 422), {@link JsonShape} checks the field
 * types, JSON-B binds it with the API's naming. Constraints are checked afterwards by Bean Validation. Every
 * endpoint that takes a JSON body reads it here, so that whatever a client sends (not an object, numbers no
 * type can hold, nesting deeper than the parser allows) is answered 422 and never reaches a generic error.
 */
public final class JsonRequests {

    private JsonRequests() {}

    /** The record, or {@code null} for an empty body. */
    public static <T extends JsonRequest> T bind(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonValue value = parse(body);
        JsonRequest.ArrayBody arrayBody = type.getAnnotation(JsonRequest.ArrayBody.class);
        if (arrayBody != null && value instanceof JsonArray array) {
            value = Json.createObjectBuilder().add(arrayBody.value(), array).build();
        }
        if (!(value instanceof JsonObject object)) {
            throw new UnprocessableRequestException(
                    arrayBody == null
                            ? "Request body must be a JSON object"
                            : "Request body must be a JSON array or an object with " + arrayBody.value());
        }
        JsonShape.check(type, object);
        try {
            return JsonConfiguration.JSONB.fromJson(object.toString(), type);
        } catch (JsonbException | ArithmeticException | NumberFormatException e) {
            throw new UnprocessableRequestException("Request body does not fit the expected fields: " + e.getMessage());
        }
    }

    /**
     * A body that must be a JSON object whose fields the resource reads itself (tolerant readers such as the
     * metadata correction), or {@code null} for an empty body.
     */
    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        if (parse(body) instanceof JsonObject object) {
            return object;
        }
        throw new UnprocessableRequestException("Request body must be a JSON object");
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new UnprocessableRequestException("Request body is not valid JSON");
        } catch (RuntimeException e) {
            // The parser's own limits: nesting deeper than it allows, a number whose exponent BigDecimal refuses.
            throw new UnprocessableRequestException("Request body cannot be read as JSON: " + e.getMessage());
        }
    }
}
