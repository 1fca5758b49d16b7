package io.docuelevate.infrastructure.delivery;

import io.docuelevate.domain.delivery.RemoteStoreException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The JSON the cloud stores (Dropbox, Google Drive, OneDrive) exchange: request bodies, answers, the error fields
 * of failed answers, and JSON carried in an HTTP header (Dropbox's {@code Dropbox-API-Arg}), which must be plain
 * ASCII.
 */
public final class CloudJson {

    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** The most of an error answer read to find its error fields. */
    private static final long ERROR_BODY = 64 * 1024;

    private CloudJson() {}

    public static RequestBody body(JsonObject json) {
        return RequestBody.create(json.toString(), JSON);
    }

    /** The answer's body as a JSON object; consumes it. */
    public static JsonObject read(Response response) throws IOException {
        try (JsonReader reader = Json.createReader(response.body().charStream())) {
            return reader.readObject();
        }
    }

    /**
     * The JSON object of a successful answer; a failed answer becomes the store's failure, malformed JSON a
     * transient one. Consumes the body; the caller closes.
     */
    public static JsonObject answer(String store, String action, Response response) throws RemoteStoreException {
        if (!response.isSuccessful()) {
            throw DeliveryHttp.failure(store, action, response);
        }
        try {
            return read(response);
        } catch (IOException e) {
            throw DeliveryHttp.failure(store, action, e);
        } catch (JsonException | ClassCastException e) {
            throw new RemoteStoreException(store + ": " + action + " answered malformed JSON", true, e);
        }
    }

    /** The JSON object of an error answer without consuming it; empty when it is none. */
    public static JsonObject error(Response response) {
        try (JsonReader reader =
                Json.createReader(new StringReader(response.peekBody(ERROR_BODY).string()))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        } catch (IOException | JsonException | IllegalStateException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    /** A text field of an error answer ({@code error}, {@code error_summary}), empty when absent. */
    public static String field(Response response, String name) {
        JsonValue value = error(response).get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) value).getString()
                : "";
    }

    /** {@code json} as header text: every character from U+007F on written as a JSON {@code \\uXXXX} escape. */
    public static String header(JsonObject json) {
        String text = json.toString();
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c < 0x7f) {
                ascii.append(c);
            } else {
                ascii.append(String.format("\\u%04x", (int) c));
            }
        }
        return ascii.toString();
    }
}
