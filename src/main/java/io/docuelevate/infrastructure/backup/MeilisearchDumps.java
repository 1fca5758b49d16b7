package io.docuelevate.infrastructure.backup;

import com.meilisearch.sdk.Client;
import com.meilisearch.sdk.model.TaskInfo;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.infrastructure.config.OperationsSettings;
import io.docuelevate.infrastructure.search.meilisearch.MeilisearchCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Asks Meilisearch for a dump ({@code POST /dumps}, through the official client) as part of a backup when
 * {@code MEILISEARCH_URL} is set. The dump is written on the Meilisearch server (its dumps folder), so the
 * archive records the task uid; a failure is recorded and never fails the backup, because the index can
 * always be rebuilt from the database.
 */
@ApplicationScoped
public class MeilisearchDumps {

    @Inject
    OperationsSettings settings;

    public BackupManifest.Meilisearch trigger() {
        return settings.meilisearchUrl()
                .map(url -> trigger(url, settings.meilisearchApiKey()))
                .orElseGet(BackupManifest.Meilisearch::notConfigured);
    }

    /** Requests the dump with the key as Bearer token; the answer's task uid is recorded, a failure described. */
    static BackupManifest.Meilisearch trigger(String url, Optional<String> apiKey) {
        try {
            TaskInfo task = new MeilisearchCalls(url, apiKey).call("create a dump", Client::createDump);
            return new BackupManifest.Meilisearch("enqueued", (long) task.getTaskUid(), null);
        } catch (SearchEngineException e) {
            return new BackupManifest.Meilisearch("failed", null, e.getMessage());
        }
    }
}
