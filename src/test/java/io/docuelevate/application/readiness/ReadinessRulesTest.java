package io.docuelevate.application.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.readiness.ReadinessItem.Status;
import io.docuelevate.application.readiness.ReadinessSnapshot.Backup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each Quick Checklist rule over snapshots: a production-like one passes everything, each deviation shows up. */
class ReadinessRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    /** A deployment that does everything the production guide asks. */
    private static Builder production() {
        return new Builder();
    }

    private static final class Builder {
        ReadinessSnapshot.Database database = new ReadinessSnapshot.Database(
                "postgresql", "postgresql://docuelevate:****@db:5432/docuelevate", true, "PostgreSQL 15.18");
        ReadinessSnapshot.Migrations migrations = new ReadinessSnapshot.Migrations("5", 0, null);
        ReadinessSnapshot.Storage storage = new ReadinessSnapshot.Storage(
                "/workdir", true, null, false, 50L << 30, 1L << 30, true, "/workdir (nfs)");
        ReadinessSnapshot.Traffic traffic = new ReadinessSnapshot.Traffic(
                120, 0, 0, 40, 120, NOW.minusSeconds(5), null, NOW.minusSeconds(60), "a public client through a proxy");
        ReadinessSnapshot.Secrets secrets = new ReadinessSnapshot.Secrets(
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), false);
        boolean auth = true;
        boolean headers = true;
        boolean rateLimiting = true;
        ReadinessSnapshot.Service redis = new ReadinessSnapshot.Service(true, true, "PONG in 1 ms");
        ReadinessSnapshot.Service meili = new ReadinessSnapshot.Service(true, true, "available");
        ReadinessSnapshot.Replicas replicas =
                new ReadinessSnapshot.Replicas(2, 4, List.of("worker-a", "worker-b"), null);
        ReadinessSnapshot.Monitoring monitoring =
                new ReadinessSnapshot.Monitoring(true, NOW.minusSeconds(100), null, Duration.ofMinutes(5), true);
        Backup full = new Backup(7, "daily", NOW.minus(Duration.ofHours(9)), 1_000_000, 120, 240, "enqueued", 17L);
        ReadinessSnapshot.Backups backups = new ReadinessSnapshot.Backups(
                true,
                Optional.of(
                        new Backup(9, "hourly", NOW.minus(Duration.ofMinutes(40)), 50_000, 120, 0, "enqueued", 19L)),
                Optional.of(full),
                true,
                Optional.empty());
        String logFormat = "json";
        ReadinessSnapshot.ProcessedFiles processedFiles = new ReadinessSnapshot.ProcessedFiles(List.of(), null);
        List<String> testOnlySettings = List.of();
        ReadinessSnapshot.Service converter =
                new ReadinessSnapshot.Service(true, true, "LibreOffice in /usr/lib/libreoffice, running");

        ReadinessSnapshot build() {
            return new ReadinessSnapshot(
                    NOW,
                    database,
                    migrations,
                    storage,
                    traffic,
                    secrets,
                    auth,
                    headers,
                    rateLimiting,
                    redis,
                    meili,
                    replicas,
                    monitoring,
                    backups,
                    logFormat,
                    processedFiles,
                    testOnlySettings,
                    converter);
        }
    }

    private static ReadinessItem item(ReadinessSnapshot snapshot, String id) {
        return ReadinessRules.evaluate(snapshot).stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aProductionLikeDeploymentPassesEveryItemInChecklistOrder() {
        List<ReadinessItem> items = ReadinessRules.evaluate(production().build());
        assertEquals(
                List.of(
                        "database",
                        "migrations",
                        "persistent_storage",
                        "processed_files",
                        "tls",
                        "session_secret",
                        "admin_password",
                        "auth",
                        "security_headers",
                        "rate_limiting",
                        "redis",
                        "meilisearch",
                        "converter",
                        "worker_replicas",
                        "monitoring",
                        "backups",
                        "log_retention",
                        "secrets",
                        "test_only_settings"),
                items.stream().map(ReadinessItem::id).toList());
        String notPassing = items.stream()
                .filter(i -> i.status() != Status.PASS)
                .map(i -> i.id() + ": " + i.evidence())
                .collect(Collectors.joining("\n"));
        assertEquals("", notPassing);
        assertEquals(Status.PASS, ReadinessItem.overall(items));
        items.forEach(i -> assertFalse(i.evidence().isBlank(), i.id()));
    }

    @Test
    void embeddedDefaultsFailTheDatabaseAndRedisItems() {
        Builder b = production();
        b.database = new ReadinessSnapshot.Database("h2", "h2:/srv/workdir/db/docuelevate", true, "H2 2.4.240");
        b.redis = new ReadinessSnapshot.Service(false, false, "not configured");
        ReadinessSnapshot s = b.build();
        assertEquals(Status.FAIL, item(s, "database").status());
        assertTrue(item(s, "database").evidence().contains("embedded H2"));
        assertTrue(item(s, "database").fix().contains("DATABASE_URL"));
        assertEquals(Status.FAIL, item(s, "redis").status());
        assertEquals(Status.WARN, item(s, "rate_limiting").status(), "in-memory counters still limit, per replica");
        assertEquals(Status.FAIL, ReadinessItem.overall(ReadinessRules.evaluate(s)));
    }

    @Test
    void databaseAndMigrationProblems() {
        Builder b = production();
        b.database = new ReadinessSnapshot.Database(
                "postgresql", "postgresql://u:****@db:5432/d", false, "connection refused");
        b.migrations = new ReadinessSnapshot.Migrations("4", 1, null);
        ReadinessSnapshot s = b.build();
        assertEquals(Status.FAIL, item(s, "database").status());
        assertEquals(Status.FAIL, item(s, "migrations").status());
        assertTrue(item(s, "migrations").evidence().contains("1 migrations pending"));
    }

    @Test
    void storageUnderTmpOrSharedWithTheServerOrNearlyFull() {
        Builder b = production();
        b.storage = new ReadinessSnapshot.Storage(
                "/tmp/workdir", true, null, true, 5L << 30, 1L << 30, false, "/ (overlay)");
        assertEquals(Status.FAIL, item(b.build(), "persistent_storage").status());
        b.storage = new ReadinessSnapshot.Storage(
                "/srv/workdir", true, null, false, 5L << 30, 1L << 30, false, "/ (overlay)");
        assertEquals(Status.WARN, item(b.build(), "persistent_storage").status());
        b.storage = new ReadinessSnapshot.Storage(
                "/workdir", true, null, false, 1L << 20, 1L << 30, true, "/workdir (nfs)");
        assertEquals(Status.WARN, item(b.build(), "persistent_storage").status());
        b.storage =
                new ReadinessSnapshot.Storage("/workdir", false, "AccessDeniedException", false, 0, 1L << 30, true, "");
        assertEquals(Status.FAIL, item(b.build(), "persistent_storage").status());
    }

    @Test
    void tlsFailsOnPlainHttpFromOutsideAndWarnsWithoutEvidence() {
        Builder b = production();
        b.traffic = new ReadinessSnapshot.Traffic(
                10, 1, 0, 3, 11, NOW, "/api/files through a proxy with X-Forwarded-Proto: http", null, null);
        ReadinessItem tls = item(b.build(), "tls");
        assertEquals(Status.FAIL, tls.status());
        assertTrue(tls.evidence().contains("X-Forwarded-Proto: http"), tls.evidence());
        b.traffic = new ReadinessSnapshot.Traffic(0, 0, 0, 25, 0, null, null, null, null);
        assertEquals(Status.WARN, item(b.build(), "tls").status(), "internal plain HTTP alone proves nothing");
    }

    @Test
    void secretsAuthHeadersAndRateLimiting() {
        Builder b = production();
        b.secrets = new ReadinessSnapshot.Secrets(
                Optional.of("SESSION_SECRET is not set"),
                Optional.of("ADMIN_PASSWORD has 5 characters, at least 12 are required"),
                Optional.of("DATABASE_URL uses a default or guessable database password"),
                true,
                Optional.empty(),
                false);
        b.auth = false;
        b.headers = false;
        b.rateLimiting = false;
        b.traffic = new ReadinessSnapshot.Traffic(0, 0, 0, 5, 0, null, null, null, null);
        ReadinessSnapshot s = b.build();
        assertEquals(Status.FAIL, item(s, "session_secret").status());
        assertEquals(Status.FAIL, item(s, "admin_password").status());
        assertEquals(Status.FAIL, item(s, "auth").status());
        assertEquals(Status.FAIL, item(s, "security_headers").status());
        assertEquals(Status.FAIL, item(s, "rate_limiting").status());
        ReadinessItem secrets = item(s, "secrets");
        assertEquals(Status.FAIL, secrets.status());
        assertTrue(secrets.evidence().contains("self-signed"), secrets.evidence());

        Builder proxied = production();
        proxied.headers = false;
        assertEquals(Status.WARN, item(proxied.build(), "security_headers").status(), "a proxy may add them");
        proxied.secrets = new ReadinessSnapshot.Secrets(
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.of("/srv/app/.env"), true);
        assertEquals(Status.WARN, item(proxied.build(), "secrets").status());
    }

    @Test
    void redisAndMeilisearchHealth() {
        Builder b = production();
        b.redis = new ReadinessSnapshot.Service(true, false, "Connection refused");
        b.meili = new ReadinessSnapshot.Service(false, false, "not configured");
        assertEquals(Status.FAIL, item(b.build(), "redis").status());
        assertEquals(Status.WARN, item(b.build(), "meilisearch").status());
        b.meili = new ReadinessSnapshot.Service(true, false, "HTTP 503");
        assertEquals(Status.FAIL, item(b.build(), "meilisearch").status());
    }

    @Test
    void workerReplicasCountLiveHeartbeats() {
        Builder b = production();
        b.replicas = new ReadinessSnapshot.Replicas(1, 1, List.of("laptop"), null);
        assertEquals(Status.WARN, item(b.build(), "worker_replicas").status());
        b.replicas = new ReadinessSnapshot.Replicas(0, 2, List.of(), null);
        assertEquals(Status.FAIL, item(b.build(), "worker_replicas").status());
        b.replicas = new ReadinessSnapshot.Replicas(3, 5, List.of("a", "b", "c"), null);
        assertTrue(item(b.build(), "worker_replicas").evidence().startsWith("3 live worker replicas"));
    }

    @Test
    void monitoringByUptimeKumaOrHealthPolls() {
        Builder b = production();
        b.monitoring = new ReadinessSnapshot.Monitoring(
                true, NOW.minus(Duration.ofHours(2)), "HttpConnectTimeoutException", Duration.ofMinutes(5), true);
        assertEquals(Status.FAIL, item(b.build(), "monitoring").status());
        b.monitoring = new ReadinessSnapshot.Monitoring(false, null, null, Duration.ofMinutes(5), true);
        assertEquals(Status.PASS, item(b.build(), "monitoring").status(), "an uptime checker polls /api/health");
        b.traffic = new ReadinessSnapshot.Traffic(1, 0, 0, 0, 1, NOW, null, NOW.minus(Duration.ofHours(1)), "x");
        assertEquals(Status.WARN, item(b.build(), "monitoring").status());
    }

    @Test
    void backupsAgeCompletenessAndSchedule() {
        Builder b = production();
        b.backups = new ReadinessSnapshot.Backups(
                true, Optional.empty(), Optional.empty(), true, Optional.of("#3 (hourly) pg_dump failed"));
        ReadinessItem none = item(b.build(), "backups");
        assertEquals(Status.FAIL, none.status());
        assertTrue(none.evidence().contains("pg_dump failed"));

        Backup old = new Backup(4, "daily", NOW.minus(Duration.ofDays(3)), 10, 1, 1, "enqueued", 1L);
        b.backups = new ReadinessSnapshot.Backups(true, Optional.of(old), Optional.of(old), true, Optional.empty());
        assertEquals(Status.FAIL, item(b.build(), "backups").status(), "three days without a backup");

        Backup dbOnly = new Backup(5, "hourly", NOW.minus(Duration.ofMinutes(10)), 10, 1, 0, "enqueued", 1L);
        b.backups = new ReadinessSnapshot.Backups(true, Optional.of(dbOnly), Optional.empty(), true, Optional.empty());
        assertEquals(Status.WARN, item(b.build(), "backups").status(), "no backup holds the files");

        Backup noMeili = new Backup(6, "daily", NOW.minus(Duration.ofHours(1)), 10, 1, 1, "failed", null);
        b.backups =
                new ReadinessSnapshot.Backups(true, Optional.of(noMeili), Optional.of(noMeili), true, Optional.empty());
        assertEquals(Status.WARN, item(b.build(), "backups").status(), "the Meilisearch dump failed");

        b.backups = new ReadinessSnapshot.Backups(
                false, Optional.of(noMeili), Optional.of(noMeili), false, Optional.empty());
        ReadinessItem manualOnly = item(b.build(), "backups");
        assertEquals(Status.WARN, manualOnly.status());
        assertTrue(manualOnly.evidence().contains("BACKUP_ENABLED=false"));
    }

    @Test
    void processedFilesNoDocumentOwnsAreNamed() {
        Builder b = production();
        b.processedFiles = new ReadinessSnapshot.ProcessedFiles(
                List.of("processed/Invoice-0012.pdf", "processed/Invoice-0012.json"), null);
        ReadinessItem orphans = item(b.build(), "processed_files");
        assertEquals(Status.WARN, orphans.status());
        assertTrue(
                orphans.evidence()
                        .startsWith("2 files in processed/ belong to no document: processed/Invoice-0012.pdf"),
                orphans.evidence());
        assertTrue(orphans.fix().contains("WORKER_LEASE_SECONDS"), orphans.fix());

        b.processedFiles = new ReadinessSnapshot.ProcessedFiles(
                java.util.stream.IntStream.range(0, 25)
                        .mapToObj(i -> "processed/x-" + i + ".pdf")
                        .toList(),
                null);
        String evidence = item(b.build(), "processed_files").evidence();
        assertTrue(evidence.startsWith("25 files") && evidence.endsWith("x-9.pdf, …"), evidence);

        b.processedFiles = new ReadinessSnapshot.ProcessedFiles(List.of(), "AccessDeniedException: /workdir/processed");
        assertEquals(Status.WARN, item(b.build(), "processed_files").status());
    }

    @Test
    void logRetentionWantsJsonConsoleLogs() {
        Builder b = production();
        b.logFormat = "simple";
        assertEquals(Status.WARN, item(b.build(), "log_retention").status());
        assertTrue(item(b.build(), "log_retention").fix().contains("LOG_CONSOLE_FORMAT=json"));
    }

    @Test
    void agesAreShortAndReadable() {
        assertEquals("30 s ago", ReadinessRules.ago(NOW, NOW.minusSeconds(30)));
        assertEquals("5 min ago", ReadinessRules.ago(NOW, NOW.minusSeconds(300)));
        assertEquals("3 h ago", ReadinessRules.ago(NOW, NOW.minus(Duration.ofHours(3))));
        assertEquals("4 days ago", ReadinessRules.ago(NOW, NOW.minus(Duration.ofDays(4))));
    }

    @Test
    void aTestOnlyAllowListWarns() {
        Builder b = production();
        b.testOnlySettings = List.of("URL_UPLOAD_ALLOW_HOSTS=localhost");
        ReadinessItem testOnly = item(b.build(), "test_only_settings");
        assertEquals(Status.WARN, testOnly.status());
        assertTrue(testOnly.evidence().contains("URL_UPLOAD_ALLOW_HOSTS"), testOnly.evidence());
    }
}
