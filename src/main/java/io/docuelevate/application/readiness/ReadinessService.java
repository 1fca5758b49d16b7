package io.docuelevate.application.readiness;

import io.docuelevate.application.processing.LeftoverFiles;
import io.docuelevate.application.system.RequestTraffic;
import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupRecords;
import io.docuelevate.domain.backup.BackupStatus;
import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.health.HealthProbe;
import io.docuelevate.domain.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers a {@link ReadinessSnapshot} from the running system (database, schema, work directory and
 * the processed files no document owns, traffic, heartbeats, Redis, Meilisearch, Uptime Kuma, backups, configuration) through small fact
 * ports and the health probes, and judges it with {@link ReadinessRules}. Every probe is bounded by a
 * few seconds and a failing one becomes evidence.
 */
@ApplicationScoped
public class ReadinessService {

    static final String REDIS_PROBE = "redis";
    static final String MEILISEARCH_ENGINE = "meilisearch";
    static final String CONVERTER_PROBE = "converter";

    /** The judged report. */
    public record Report(ReadinessItem.Status status, Instant generatedAt, List<ReadinessItem> items) {}

    @Inject
    DatabaseFacts database;

    @Inject
    StorageFacts storage;

    @Inject
    ClusterFacts cluster;

    @Inject
    ConfigurationFacts configuration;

    @Inject
    RequestTraffic traffic;

    @Inject
    Instance<HealthProbe> probes;

    @Inject
    SearchIndex search;

    @Inject
    BackupRecords backups;

    @Inject
    LeftoverFiles leftovers;

    @Inject
    DocumentFiles workdir;

    @Inject
    WatchFolderFacts watchFolders;

    @Inject
    Instance<ReadinessSource> sources;

    public Report report() {
        ReadinessSnapshot snapshot = snapshot();
        List<ReadinessItem> items = new ArrayList<>(ReadinessRules.evaluate(snapshot));
        items.add(IngestRules.watchFolders(watchFolders.folders()));
        sources.forEach(source -> items.addAll(source.items(snapshot.now())));
        return new Report(ReadinessItem.overall(items), snapshot.now(), items);
    }

    public ReadinessSnapshot snapshot() {
        return new ReadinessSnapshot(
                Instant.now(),
                database.database(),
                database.migrations(),
                storage.storage(),
                traffic(),
                configuration.secrets(),
                configuration.authEnabled(),
                configuration.securityHeadersEnabled(),
                configuration.rateLimitingEnabled(),
                redis(),
                meilisearch(),
                cluster.replicas(),
                configuration.monitoring(),
                backups(),
                configuration.consoleLogFormat(),
                processedFiles(),
                configuration.testOnlySettings(),
                converter());
    }

    private ReadinessSnapshot.ProcessedFiles processedFiles() {
        try {
            List<String> orphans = leftovers.orphanedProcessedFiles().stream()
                    .map(workdir::relativize)
                    .toList();
            return new ReadinessSnapshot.ProcessedFiles(orphans, null);
        } catch (IOException | RuntimeException e) {
            return new ReadinessSnapshot.ProcessedFiles(
                    List.of(), e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private ReadinessSnapshot.Traffic traffic() {
        return new ReadinessSnapshot.Traffic(
                traffic.secure(),
                traffic.proxiedInsecure(),
                traffic.externalInsecure(),
                traffic.internalPlain(),
                traffic.proxied(),
                traffic.lastSecure(),
                traffic.lastInsecure(),
                traffic.lastHealthPoll(),
                traffic.lastHealthPollSource());
    }

    private ReadinessSnapshot.Service redis() {
        Optional<HealthProbe> probe =
                probes.stream().filter(p -> REDIS_PROBE.equals(p.name())).findFirst();
        ComponentHealth health = probe.map(HealthProbe::probe).orElseGet(ComponentHealth::notConfigured);
        if (health.status() == ComponentHealth.Status.NOT_CONFIGURED) {
            return new ReadinessSnapshot.Service(false, false, "not configured");
        }
        if (health.status() == ComponentHealth.Status.OK) {
            return new ReadinessSnapshot.Service(
                    true, true, "PONG in " + health.facts().get("latency_ms") + " ms");
        }
        return new ReadinessSnapshot.Service(true, false, health.detail());
    }

    /** The Office converter's health probe: switched off is "not configured". */
    private ReadinessSnapshot.Service converter() {
        ComponentHealth health = probes.stream()
                .filter(p -> CONVERTER_PROBE.equals(p.name()))
                .findFirst()
                .map(HealthProbe::probe)
                .orElseGet(ComponentHealth::notConfigured);
        if (health.status() == ComponentHealth.Status.NOT_CONFIGURED) {
            return new ReadinessSnapshot.Service(false, false, "switched off");
        }
        return new ReadinessSnapshot.Service(
                true,
                health.status() == ComponentHealth.Status.OK,
                health.status() == ComponentHealth.Status.OK
                        ? "LibreOffice in " + health.facts().get("office_home") + ", "
                                + health.facts().get("process")
                        : health.detail());
    }

    /** Meilisearch's health through the search port; it is the search engine whenever {@code MEILISEARCH_URL} is set. */
    private ReadinessSnapshot.Service meilisearch() {
        if (!configuration.meilisearchConfigured()) {
            return new ReadinessSnapshot.Service(false, false, "not configured");
        }
        if (!MEILISEARCH_ENGINE.equals(search.engine())) {
            return new ReadinessSnapshot.Service(
                    true,
                    false,
                    "search runs on " + search.engine() + " (ENABLE_SEARCH=false?), Meilisearch is not used");
        }
        ComponentHealth health;
        try {
            health = search.health();
        } catch (RuntimeException e) {
            health = ComponentHealth.error(
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        boolean available = health.status() == ComponentHealth.Status.OK;
        return new ReadinessSnapshot.Service(true, available, available ? "GET /health: available" : health.detail());
    }

    private ReadinessSnapshot.Backups backups() {
        boolean enabled = configuration.backupEnabled();
        boolean meilisearch = configuration.meilisearchConfigured();
        List<BackupRecord> all;
        try {
            all = backups.all();
        } catch (RuntimeException e) {
            return new ReadinessSnapshot.Backups(
                    enabled,
                    Optional.empty(),
                    Optional.empty(),
                    meilisearch,
                    Optional.of("backup records cannot be read: " + database.describe(e)));
        }
        Optional<BackupRecord> newest =
                all.stream().filter(r -> r.getStatus() == BackupStatus.VERIFIED).findFirst();
        Optional<BackupRecord> withFiles = all.stream()
                .filter(r -> r.getStatus() == BackupStatus.VERIFIED)
                .filter(BackupRecord::includesFiles)
                .findFirst();
        Optional<String> lastFailure = all.stream()
                .filter(r -> r.getStatus() == BackupStatus.FAILED)
                .filter(r -> newest.isEmpty()
                        || r.getCreatedAt().isAfter(newest.get().getCreatedAt()))
                .findFirst()
                .map(r -> "#" + r.getId() + " (" + r.getType().label() + ") " + r.getErrorDetail());
        return new ReadinessSnapshot.Backups(
                enabled,
                newest.map(ReadinessService::backup),
                withFiles.map(ReadinessService::backup),
                meilisearch,
                lastFailure);
    }

    private static ReadinessSnapshot.Backup backup(BackupRecord r) {
        return new ReadinessSnapshot.Backup(
                r.getId(),
                r.getType().label(),
                r.getCreatedAt().toInstant(),
                r.getSizeBytes() == null ? 0 : r.getSizeBytes(),
                r.getDocumentCount() == null ? 0 : r.getDocumentCount(),
                r.getFileCount() == null ? 0 : r.getFileCount(),
                r.getMeilisearchStatus(),
                r.getMeilisearchTaskUid());
    }
}
