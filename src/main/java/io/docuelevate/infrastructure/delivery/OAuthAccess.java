package io.docuelevate.infrastructure.delivery;

import io.docuelevate.domain.delivery.RemoteStoreException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The access token of a store that signs in with OAuth 2 (Dropbox, Google Drive, OneDrive). The token is obtained
 * from the vendor's token endpoint with the store's {@link Grant} (a refresh token, or a signed service-account
 * assertion), kept until shortly before it expires, and obtained anew once when the API answers 401 (revoked or
 * expired early), the request then being sent once more. A grant the endpoint refuses ({@code invalid_grant}) needs
 * the account connected again, so that failure is not transient. Tokens and secrets never appear in a message.
 */
public final class OAuthAccess {

    /** How long before its announced expiry a token is no longer used. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    /** What the token endpoint is asked with. */
    public interface Grant {

        /** The form fields of one token request. */
        Map<String, String> fields() throws RemoteStoreException;

        /** The endpoint answered a new refresh token (rotation): later requests use it. */
        default void rotated(String refreshToken) {}

        /** What a refused grant ({@code invalid_grant}) means to the user. */
        default String refusal() {
            return "refresh token refused, reconnect the account";
        }
    }

    /**
     * The refresh-token grant: {@code grant_type=refresh_token}, the token, and the app's fields ({@code client_id},
     * {@code client_secret}, {@code scope}, as the vendor documents them). A rotated refresh token replaces it.
     */
    public static Grant refreshToken(String refreshToken, Map<String, String> appFields) {
        return new Grant() {
            private volatile String current = refreshToken;

            @Override
            public Map<String, String> fields() {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("grant_type", "refresh_token");
                fields.put("refresh_token", current);
                fields.putAll(appFields);
                return fields;
            }

            @Override
            public void rotated(String refreshToken) {
                current = refreshToken;
            }
        };
    }

    private final String store;
    private final OkHttpClient http;
    private final HttpUrl tokenUrl;
    private final Grant grant;
    private final Clock clock;
    private String accessToken;
    private Instant usableUntil = Instant.MIN;

    public OAuthAccess(String store, OkHttpClient http, HttpUrl tokenUrl, Grant grant) {
        this(store, http, tokenUrl, grant, Clock.systemUTC());
    }

    OAuthAccess(String store, OkHttpClient http, HttpUrl tokenUrl, Grant grant, Clock clock) {
        this.store = store;
        this.http = http;
        this.tokenUrl = tokenUrl;
        this.grant = grant;
        this.clock = clock;
    }

    /**
     * Sends {@code request} with the access token; when the API answers 401, once more with a new token. The caller
     * closes the answer, whatever its status.
     */
    public Response send(String action, Request request) throws RemoteStoreException {
        String token = token();
        Response response = execute(action, request, token);
        if (response.code() != 401) {
            return response;
        }
        response.close();
        forget(token);
        return execute(action, request, token());
    }

    private Response execute(String action, Request request, String token) throws RemoteStoreException {
        try {
            return http.newCall(request.newBuilder()
                            .header("Authorization", "Bearer " + token)
                            .build())
                    .execute();
        } catch (IOException e) {
            throw DeliveryHttp.failure(store, action, e);
        }
    }

    /** The current access token, obtained when there is none or it expires within {@link #MARGIN}. */
    public synchronized String token() throws RemoteStoreException {
        if (accessToken == null || !clock.instant().isBefore(usableUntil)) {
            obtain();
        }
        return accessToken;
    }

    private synchronized void forget(String token) {
        if (token.equals(accessToken)) {
            accessToken = null;
        }
    }

    private void obtain() throws RemoteStoreException {
        FormBody.Builder form = new FormBody.Builder();
        grant.fields().forEach(form::add);
        Request request = new Request.Builder().url(tokenUrl).post(form.build()).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw refused(response);
            }
            JsonObject answer = CloudJson.read(response);
            String token = answer.getString("access_token", "");
            if (token.isEmpty()) {
                throw new RemoteStoreException(store + ": the token endpoint answered no access token", true);
            }
            long seconds = answer.containsKey("expires_in")
                    ? answer.getJsonNumber("expires_in").longValue()
                    : Duration.ofHours(1).toSeconds();
            String rotated = answer.getString("refresh_token", "");
            if (!rotated.isEmpty()) {
                grant.rotated(rotated);
            }
            accessToken = token;
            usableUntil = clock.instant().plusSeconds(seconds).minus(MARGIN);
        } catch (IOException e) {
            throw DeliveryHttp.failure(store, "token request", e);
        } catch (JsonException | ClassCastException | ArithmeticException e) {
            throw new RemoteStoreException(store + ": the token endpoint answered malformed JSON", true, e);
        }
    }

    private RemoteStoreException refused(Response response) {
        int code = response.code();
        if (code != 400 && code != 401) {
            return DeliveryHttp.failure(store, "token request", response);
        }
        String error = CloudJson.field(response, "error");
        if ("invalid_grant".equals(error)) {
            return new RemoteStoreException(store + ": " + grant.refusal(), false);
        }
        return new RemoteStoreException(
                store + ": the token endpoint refused the app credentials ("
                        + (error.isEmpty() ? "HTTP " + code : error) + ")",
                false);
    }
}
