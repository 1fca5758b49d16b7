package io.docuelevate.infrastructure.backup;

import io.docuelevate.infrastructure.config.OperationsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks Meilisearch for a dump ({@code POST /dumps}) as part of a backup when {@code MEILISEARCH_URL} is
 * set. The dump is written on the Meilisearch server (its dumps folder), so the archive records the
 * task uid; a failure is recorded and never fails the backup, because the index can always be rebuilt
 * from the database.
 */
@ApplicationScoped
public class MeilisearchDumps {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    OperationsSettings settings;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public BackupManifest.Meilisearch trigger() {
        return settings.meilisearchUrl().map(url -> trigger(client, url, settings.meilisearchApiKey()))
                .orElseGet(BackupManifest.Meilisearch::notConfigured);
    }

    /** {@code POST {url}/dumps} with the key as Bearer token; the answer's {@code taskUid} is recorded. */
    static BackupManifest.Meilisearch trigger(HttpClient client, String url, Optional<String> apiKey) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/dumps"))
                    .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.noBody());
            apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                return failed("Meilisearch answered HTTP " + response.statusCode());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject task = reader.readObject();
                JsonNumber uid = task.containsKey("taskUid") ? task.getJsonNumber("taskUid") : task.getJsonNumber("uid");
                return new BackupManifest.Meilisearch("enqueued", uid == null ? null : uid.longValue(), null);
            }
        } catch (IOException | JsonException | IllegalArgumentException | ClassCastException e) {
            return failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
    }

    private static BackupManifest.Meilisearch failed(String detail) {
        return new BackupManifest.Meilisearch("failed", null, detail);
    }
}
