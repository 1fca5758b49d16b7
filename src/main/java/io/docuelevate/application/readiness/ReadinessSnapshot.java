package io.docuelevate.application.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the server saw about itself when the report was asked for: every fact the readiness rules
 * judge, gathered from the live system (database, work directory, heartbeats, backups, traffic) and
 * the configuration. No secret values, only their verdicts.
 */
public record ReadinessSnapshot(
        Instant now,
        Database database,
        Migrations migrations,
        Storage storage,
        Traffic traffic,
        Secrets secrets,
        boolean authEnabled,
        boolean securityHeadersEnabled,
        boolean rateLimitingEnabled,
        Service redis,
        Service meilisearch,
        Replicas replicas,
        Monitoring monitoring,
        Backups backups,
        String consoleLogFormat,
        ProcessedFiles processedFiles,
        List<String> testOnlySettings,
        Service converter) {

    /**
     * The files in {@code processed/} that no document owns and nothing touched for longer than the lease
     * (names, relative to the work directory), or why they could not be listed.
     */
    public record ProcessedFiles(List<String> orphans, String problem) {}

    /** The database in use: {@code postgresql} or {@code h2}, described without password. */
    public record Database(String kind, String description, boolean reachable, String detail) {}

    /** Flyway's view: the schema version and the migrations not applied yet. */
    public record Migrations(String schemaVersion, int pending, String error) {}

    /** The work directory: where, whether writable, free space, and whether it is a mount of its own. */
    public record Storage(
            String path,
            boolean writable,
            String problem,
            boolean underTmp,
            long freeBytes,
            long minFreeBytes,
            boolean ownMount,
            String mount) {}

    /** How requests reached the server since it started (probes excluded). */
    public record Traffic(
            long secure,
            long proxiedInsecure,
            long externalInsecure,
            long internalPlain,
            long proxied,
            Instant lastSecure,
            String lastInsecure,
            Instant lastHealthPoll,
            String lastHealthPollSource) {

        public static Traffic none() {
            return new Traffic(0, 0, 0, 0, 0, null, null, null, null);
        }
    }

    /** Verdicts on secrets; each problem is a sentence without the secret itself. */
    public record Secrets(
            Optional<String> sessionSecretProblem,
            Optional<String> adminPasswordProblem,
            Optional<String> databasePasswordProblem,
            boolean defaultKeystore,
            Optional<String> dotEnvInRepository,
            boolean meilisearchKeyMissing) {}

    /** An optional service: configured, answering, and what it said. */
    public record Service(boolean configured, boolean healthy, String detail) {}

    /** Live replicas by their heartbeats. */
    public record Replicas(int liveWorkers, int liveTotal, List<String> workerHosts, String error) {}

    /** Uptime Kuma pushes and how {@code /metrics} is exposed. */
    public record Monitoring(
            boolean kumaConfigured,
            Instant kumaLastSuccess,
            String kumaLastError,
            Duration kumaInterval,
            boolean metricsOpen) {}

    /** The newest verified backups: any, and the newest holding the files too. */
    public record Backups(
            boolean enabled,
            Optional<Backup> newest,
            Optional<Backup> newestWithFiles,
            boolean meilisearchConfigured,
            Optional<String> lastFailure) {}

    /** One verified backup as the report shows it. */
    public record Backup(
            long id,
            String type,
            Instant createdAt,
            long sizeBytes,
            long documents,
            long files,
            String meilisearchStatus,
            Long meilisearchTaskUid) {}
}
