package io.docuelevate.infrastructure.delivery.paperless;

import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.DeliveryHttp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The calls of the Paperless-ngx REST API with the {@code Authorization: Token …} header, their answers read as
 * JSON, and every failure turned into a {@link RemoteStoreException} naming the instance and what was being done.
 */
final class PaperlessApi {

    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final PaperlessDestination destination;
    private final OkHttpClient client;

    PaperlessApi(PaperlessDestination destination, OkHttpClient client) {
        this.destination = destination;
        this.client = client;
    }

    /** {@code path} (e.g. {@code api/tags/}, trailing slash kept) under the base URL, with query parameters. */
    HttpUrl url(String path, Map<String, String> query) {
        HttpUrl.Builder url = destination.baseUrl().newBuilder().addPathSegments(path);
        query.forEach(url::addQueryParameter);
        return url.build();
    }

    JsonValue get(String action, HttpUrl url) throws RemoteStoreException {
        return json(action, call(action, request(url).get()));
    }

    JsonValue post(String action, HttpUrl url, RequestBody body) throws RemoteStoreException {
        return json(action, call(action, request(url).post(body)));
    }

    JsonValue post(String action, HttpUrl url, JsonObject body) throws RemoteStoreException {
        return post(action, url, RequestBody.create(body.toString(), JSON));
    }

    JsonValue patch(String action, HttpUrl url, JsonObject body) throws RemoteStoreException {
        return json(action, call(action, request(url).patch(RequestBody.create(body.toString(), JSON))));
    }

    /** The body of a successful answer, or the failure of an unsuccessful or missing one. */
    private String call(String action, Request.Builder request) throws RemoteStoreException {
        try (Response response = client.newCall(request.build()).execute()) {
            if (!response.isSuccessful()) {
                throw DeliveryHttp.failure(destination.label(), action, response);
            }
            return response.body() == null ? "" : response.body().string();
        } catch (IOException e) {
            throw DeliveryHttp.failure(destination.label(), action, e);
        }
    }

    private Request.Builder request(HttpUrl url) {
        return new Request.Builder()
                .url(url)
                .header("Authorization", "Token " + destination.token())
                .header("Accept", "application/json");
    }

    JsonValue json(String action, String body) throws RemoteStoreException {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new RemoteStoreException(
                    destination.label() + ": " + action + " answered something that is not JSON", false, e);
        }
    }

    /** The JSON string or number {@code value} as text, empty for null or anything else. */
    static Optional<String> text(JsonValue value) {
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        if (value instanceof JsonNumber number) {
            return Optional.of(number.toString());
        }
        return Optional.empty();
    }

    /** The {@code id} of the first of a paginated answer's {@code results}. */
    static Optional<Long> firstId(JsonValue answer) {
        if (answer instanceof JsonObject page
                && page.get("results") instanceof JsonArray results
                && !results.isEmpty()
                && results.get(0) instanceof JsonObject first
                && first.get("id") instanceof JsonNumber id) {
            return Optional.of(id.longValue());
        }
        return Optional.empty();
    }

    /** The {@code id} of a created object. */
    static Optional<Long> id(JsonValue answer) {
        if (answer instanceof JsonObject object && object.get("id") instanceof JsonNumber id) {
            return Optional.of(id.longValue());
        }
        return Optional.empty();
    }
}
