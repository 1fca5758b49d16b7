package io.docuelevate.application.readiness;

import io.docuelevate.application.system.RequestTraffic;
import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupRecords;
import io.docuelevate.domain.backup.BackupStatus;
import io.docuelevate.domain.cluster.ClusterNode;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.identity.SecretRules;
import io.docuelevate.infrastructure.cluster.NodeHeartbeat;
import io.docuelevate.infrastructure.config.CoreSettings;
import io.docuelevate.infrastructure.config.DatabaseUrl;
import io.docuelevate.infrastructure.config.EnvironmentSettings;
import io.docuelevate.infrastructure.config.OperationsSettings;
import io.docuelevate.infrastructure.config.SecuritySettings;
import io.docuelevate.infrastructure.monitoring.UptimeKumaHeartbeat;
import io.docuelevate.infrastructure.persistence.DatabaseErrors;
import io.docuelevate.infrastructure.persistence.SchemaMigrator;
import io.docuelevate.infrastructure.redis.RedisHealthProbe;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Gathers a {@link ReadinessSnapshot} from the running system (database, schema, work directory,
 * traffic, heartbeats, Redis, Meilisearch, Uptime Kuma, backups, configuration) and judges it with
 * {@link ReadinessRules}. Every probe is bounded by a few seconds and a failing one becomes evidence.
 */
@ApplicationScoped
public class ReadinessService {

    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    /** Passwords seen in examples and quick starts; a production database must not use them. */
    static final Set<String> DEFAULT_DATABASE_PASSWORDS = Set.of("docuelevate", "postgres", "password", "changeme",
            "change-me", "secret", "strongpassword", "admin", "root", "test", "example");

    /** The judged report. */
    public record Report(ReadinessItem.Status status, Instant generatedAt, List<ReadinessItem> items) {
    }

    @Inject
    CoreSettings core;

    @Inject
    OperationsSettings operations;

    @Inject
    SecuritySettings security;

    @Inject
    Workdir workdir;

    @Inject
    RequestTraffic traffic;

    @Inject
    RedisHealthProbe redis;

    @Inject
    NodeHeartbeat heartbeat;

    @Inject
    UptimeKumaHeartbeat uptimeKuma;

    @Inject
    BackupRecords backups;

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    public Report report() {
        ReadinessSnapshot snapshot = snapshot();
        List<ReadinessItem> items = ReadinessRules.evaluate(snapshot);
        return new Report(ReadinessItem.overall(items), snapshot.now(), items);
    }

    public ReadinessSnapshot snapshot() {
        DatabaseUrl database = core.database();
        return new ReadinessSnapshot(Instant.now(), database(database), migrations(), storage(), traffic(),
                secrets(database), security.authEnabled(), operations.securityHeadersEnabled(),
                operations.rateLimitingEnabled(), redis(), meilisearch(), replicas(), monitoring(), backups(),
                operations.consoleLogFormat());
    }

    private ReadinessSnapshot.Database database(DatabaseUrl database) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new ReadinessSnapshot.Database(database.kind().label(), database.toString(), true,
                    meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
        } catch (SQLException | RuntimeException e) {
            return new ReadinessSnapshot.Database(database.kind().label(), database.toString(), false, DatabaseErrors.describe(e));
        }
    }

    private ReadinessSnapshot.Migrations migrations() {
        try {
            SchemaMigrator.Status status = SchemaMigrator.status(dataSource);
            return new ReadinessSnapshot.Migrations(status.schemaVersion(), status.pending(), null);
        } catch (RuntimeException e) {
            return new ReadinessSnapshot.Migrations(null, 0, DatabaseErrors.describe(e));
        }
    }

    private ReadinessSnapshot.Storage storage() {
        Path root = workdir.root();
        String path = root.toString();
        boolean underTmp = root.startsWith("/tmp") || root.startsWith("/var/tmp")
                || root.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize());
        try {
            workdir.probeWritable();
            FileStore store = Files.getFileStore(root);
            boolean ownMount = !store.equals(Files.getFileStore(Path.of(System.getProperty("user.dir")).toAbsolutePath()));
            return new ReadinessSnapshot.Storage(path, true, null, underTmp, store.getUsableSpace(),
                    operations.workdirMinFreeBytes(), ownMount, store.toString());
        } catch (IOException | RuntimeException e) {
            return new ReadinessSnapshot.Storage(path, false, e.getClass().getSimpleName() + " " + e.getMessage(), underTmp,
                    0, operations.workdirMinFreeBytes(), false, "");
        }
    }

    private ReadinessSnapshot.Traffic traffic() {
        return new ReadinessSnapshot.Traffic(traffic.secure(), traffic.proxiedInsecure(), traffic.externalInsecure(),
                traffic.internalPlain(), traffic.proxied(), traffic.lastSecure(), traffic.lastInsecure(),
                traffic.lastHealthPoll(), traffic.lastHealthPollSource());
    }

    private ReadinessSnapshot.Secrets secrets(DatabaseUrl database) {
        Optional<String> databaseProblem = Optional.empty();
        if (database.kind() == DatabaseUrl.Kind.POSTGRESQL) {
            String password = database.password();
            if (password.isEmpty()) {
                databaseProblem = Optional.of("DATABASE_URL has no password");
            } else if (DEFAULT_DATABASE_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))
                    || password.equalsIgnoreCase(database.user())) {
                databaseProblem = Optional.of("DATABASE_URL uses a default or guessable database password");
            }
        }
        boolean defaultKeystore = operations.tlsKeystoreFile().map(f -> f.replace('\\', '/')
                .endsWith("resources/security/key.p12")).orElse(true);
        return new ReadinessSnapshot.Secrets(SecretRules.sessionSecretProblem(security.sessionSecret().orElse(null)),
                SecretRules.adminPasswordProblem(security.adminPassword().orElse(null)), databaseProblem, defaultKeystore,
                dotEnvInRepository(), operations.meilisearchUrl().isPresent() && operations.meilisearchApiKey().isEmpty());
    }

    /** The {@code .env} file in use when it sits inside a git work tree (where it could be committed). */
    static Optional<String> dotEnvInRepository() {
        Path dotEnv = EnvironmentSettings.dotEnvPath(System.getenv()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dotEnv)) {
            return Optional.empty();
        }
        for (Path dir = dotEnv.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dotEnv.toString());
            }
        }
        return Optional.empty();
    }

    private ReadinessSnapshot.Service redis() {
        ComponentHealth health = redis.probe();
        if (health.status() == ComponentHealth.Status.NOT_CONFIGURED) {
            return new ReadinessSnapshot.Service(false, false, "not configured");
        }
        if (health.status() == ComponentHealth.Status.OK) {
            return new ReadinessSnapshot.Service(true, true, "PONG in " + health.facts().get("latency_ms") + " ms");
        }
        return new ReadinessSnapshot.Service(true, false, health.detail());
    }

    private ReadinessSnapshot.Service meilisearch() {
        Optional<String> url = operations.meilisearchUrl();
        if (url.isEmpty()) {
            return new ReadinessSnapshot.Service(false, false, "not configured");
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url.get() + "/health"))
                    .timeout(PROBE_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            boolean available = response.statusCode() == 200 && response.body().contains("available");
            return new ReadinessSnapshot.Service(true, available, "GET /health: HTTP " + response.statusCode()
                    + (available ? " available" : ""));
        } catch (IOException | IllegalArgumentException e) {
            return new ReadinessSnapshot.Service(true, false, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ReadinessSnapshot.Service(true, false, "interrupted");
        }
    }

    private ReadinessSnapshot.Replicas replicas() {
        try {
            List<ClusterNode> live = heartbeat.liveNodes();
            List<ClusterNode> workers = live.stream().filter(ClusterNode::runsWorkers).toList();
            return new ReadinessSnapshot.Replicas(workers.size(), live.size(),
                    workers.stream().map(ClusterNode::hostname).sorted().toList(), null);
        } catch (SQLException | RuntimeException e) {
            return new ReadinessSnapshot.Replicas(0, 0, List.of(), DatabaseErrors.describe(e));
        }
    }

    private ReadinessSnapshot.Monitoring monitoring() {
        UptimeKumaHeartbeat.Status kuma = uptimeKuma.status();
        return new ReadinessSnapshot.Monitoring(kuma.configured(), kuma.lastSuccess(), kuma.lastError(), kuma.interval(),
                !operations.metricsAuthentication());
    }

    private ReadinessSnapshot.Backups backups() {
        List<BackupRecord> all;
        try {
            all = backups.all();
        } catch (RuntimeException e) {
            return new ReadinessSnapshot.Backups(operations.backupEnabled(), Optional.empty(), Optional.empty(),
                    operations.meilisearchUrl().isPresent(), Optional.of("backup records cannot be read: "
                    + DatabaseErrors.describe(e)));
        }
        Optional<BackupRecord> newest = all.stream().filter(r -> r.getStatus() == BackupStatus.VERIFIED).findFirst();
        Optional<BackupRecord> withFiles = all.stream().filter(r -> r.getStatus() == BackupStatus.VERIFIED)
                .filter(BackupRecord::includesFiles).findFirst();
        Optional<String> lastFailure = all.stream().filter(r -> r.getStatus() == BackupStatus.FAILED)
                .filter(r -> newest.isEmpty() || r.getCreatedAt().isAfter(newest.get().getCreatedAt())).findFirst()
                .map(r -> "#" + r.getId() + " (" + r.getType().label() + ") " + r.getErrorDetail());
        return new ReadinessSnapshot.Backups(operations.backupEnabled(), newest.map(ReadinessService::backup),
                withFiles.map(ReadinessService::backup), operations.meilisearchUrl().isPresent(), lastFailure);
    }

    private static ReadinessSnapshot.Backup backup(BackupRecord r) {
        return new ReadinessSnapshot.Backup(r.getId(), r.getType().label(), r.getCreatedAt().toInstant(),
                r.getSizeBytes() == null ? 0 : r.getSizeBytes(), r.getDocumentCount() == null ? 0 : r.getDocumentCount(),
                r.getFileCount() == null ? 0 : r.getFileCount(), r.getMeilisearchStatus(), r.getMeilisearchTaskUid());
    }
}
