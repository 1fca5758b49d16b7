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
 * types, JSON-B binds it with the API's naming. Constraints are checked afterwards by Bean Validation.
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
        } catch (JsonbException e) {
            throw new UnprocessableRequestException("Request body does not fit the expected fields: " + e.getMessage());
        }
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new UnprocessableRequestException("Request body is not valid JSON");
        }
    }
}
