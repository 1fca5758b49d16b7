package io.docuelevate.application.readiness;

import io.docuelevate.application.readiness.ReadinessItem.Status;
import io.docuelevate.application.readiness.ReadinessSnapshot.Backup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Quick Checklist of the production guide ({@code ProductionReadiness.md}) as rules over a
 * {@link ReadinessSnapshot}: one item per checklist line, in its order, each with the evidence the
 * server saw and the fix. Pure functions, so every rule is tested without a server.
 */
public final class ReadinessRules {

    /** A backup older than this is not a daily backup any more. */
    static final Duration BACKUP_MAX_AGE = Duration.ofHours(26);
    /** {@code /api/health} polled within this window counts as monitored. */
    static final Duration HEALTH_POLL_WINDOW = Duration.ofMinutes(15);

    static final long GIB = 1L << 30;

    private ReadinessRules() {}

    public static List<ReadinessItem> evaluate(ReadinessSnapshot s) {
        return List.of(
                database(s),
                migrations(s),
                storage(s),
                tls(s),
                sessionSecret(s),
                adminPassword(s),
                auth(s),
                securityHeaders(s),
                rateLimiting(s),
                redis(s),
                meilisearch(s),
                workers(s),
                monitoring(s),
                backups(s),
                logRetention(s),
                secrets(s));
    }

    static ReadinessItem database(ReadinessSnapshot s) {
        String title = "Database: PostgreSQL, not the embedded database";
        ReadinessSnapshot.Database db = s.database();
        if (!db.reachable()) {
            return item(
                    "database",
                    title,
                    Status.FAIL,
                    db.description() + " does not answer: " + db.detail(),
                    "Check DATABASE_URL and that the database server is running.");
        }
        if (!"postgresql".equals(db.kind())) {
            return item(
                    "database",
                    title,
                    Status.FAIL,
                    "embedded H2 database at " + db.description() + " (single replica only, no point-in-time recovery)",
                    "Set DATABASE_URL=postgresql://user:password@host:5432/docuelevate before going live (backups of the"
                            + " embedded database cannot be restored into PostgreSQL).");
        }
        return item("database", title, Status.PASS, "PostgreSQL " + db.description() + " (" + db.detail() + ")", "");
    }

    static ReadinessItem migrations(ReadinessSnapshot s) {
        String title = "Migrations: schema up to date";
        ReadinessSnapshot.Migrations m = s.migrations();
        if (m.error() != null) {
            return item(
                    "migrations",
                    title,
                    Status.FAIL,
                    "the migration state cannot be read: " + m.error(),
                    "Run bin/docuelevate-migrate against DATABASE_URL and read its message.");
        }
        if (m.pending() > 0) {
            return item(
                    "migrations",
                    title,
                    Status.FAIL,
                    "schema at version " + m.schemaVersion() + " with " + m.pending() + " migrations pending",
                    "Run bin/docuelevate-migrate (the Kubernetes migrate Job) before the rollout.");
        }
        return item(
                "migrations",
                title,
                Status.PASS,
                "schema at version " + m.schemaVersion() + ", no migration pending",
                "");
    }

    static ReadinessItem storage(ReadinessSnapshot s) {
        String title = "Persistent storage: work directory on durable storage";
        ReadinessSnapshot.Storage w = s.storage();
        String free = gib(w.freeBytes()) + " free";
        if (!w.writable()) {
            return item(
                    "persistent_storage",
                    title,
                    Status.FAIL,
                    "WORKDIR " + w.path() + " is not writable: " + w.problem(),
                    "Mount a writable volume at WORKDIR (the same volume on every replica).");
        }
        if (w.underTmp()) {
            return item(
                    "persistent_storage",
                    title,
                    Status.FAIL,
                    "WORKDIR " + w.path() + " is under /tmp (" + free + ")",
                    "Point WORKDIR at a persistent volume; /tmp is cleared on reboot.");
        }
        if (w.freeBytes() < w.minFreeBytes()) {
            return item(
                    "persistent_storage",
                    title,
                    Status.WARN,
                    "WORKDIR " + w.path() + ": only " + free + ", below " + gib(w.minFreeBytes())
                            + " (WORKDIR_MIN_FREE_BYTES)",
                    "Grow the volume or remove old backups.");
        }
        if (!w.ownMount()) {
            return item(
                    "persistent_storage",
                    title,
                    Status.WARN,
                    "WORKDIR " + w.path() + " is writable (" + free + ") but on the same file system as the server ("
                            + w.mount() + "), not a volume of its own",
                    "Mount a durable, backed-up volume (RWX PersistentVolumeClaim, NFS, named volume) at WORKDIR.");
        }
        return item(
                "persistent_storage",
                title,
                Status.PASS,
                "WORKDIR " + w.path() + " is writable, on its own mount " + w.mount() + " (" + free + ")",
                "");
    }

    static ReadinessItem tls(ReadinessSnapshot s) {
        String title = "TLS: all traffic over HTTPS";
        ReadinessSnapshot.Traffic t = s.traffic();
        String counts = t.secure() + " HTTPS, " + (t.proxiedInsecure() + t.externalInsecure())
                + " plain-HTTP from outside, " + t.internalPlain() + " plain-HTTP from internal addresses since start";
        if (t.proxiedInsecure() + t.externalInsecure() > 0) {
            return item(
                    "tls",
                    title,
                    Status.FAIL,
                    counts + "; last plain one: " + t.lastInsecure(),
                    "Serve only HTTPS at the proxy or ingress and redirect HTTP to HTTPS; the proxy must send"
                            + " X-Forwarded-Proto: https.");
        }
        if (t.secure() == 0) {
            return item(
                    "tls",
                    title,
                    Status.WARN,
                    counts + "; no request over HTTPS or with X-Forwarded-Proto: https yet",
                    "Put the server behind a TLS-terminating proxy or ingress that sends X-Forwarded-Proto: https (or use"
                            + " HTTPS_PORT with a real certificate), then check again after some traffic.");
        }
        return item(
                "tls",
                title,
                Status.PASS,
                counts + (t.lastSecure() == null ? "" : "; last HTTPS request " + ago(s.now(), t.lastSecure())),
                "");
    }

    static ReadinessItem sessionSecret(ReadinessSnapshot s) {
        String title = "Session secret: random, at least 32 characters";
        Optional<String> problem = s.secrets().sessionSecretProblem();
        if (problem.isPresent()) {
            return item(
                    "session_secret",
                    title,
                    Status.FAIL,
                    problem.get(),
                    "Set SESSION_SECRET to the output of:"
                            + " openssl rand -hex 32 (keep it in a secret store, not in the repository).");
        }
        return item(
                "session_secret",
                title,
                Status.PASS,
                "SESSION_SECRET is set, long enough and not a known placeholder",
                "");
    }

    static ReadinessItem adminPassword(ReadinessSnapshot s) {
        String title = "Admin password: strong, not a placeholder";
        Optional<String> problem = s.secrets().adminPasswordProblem();
        if (problem.isPresent()) {
            return item(
                    "admin_password",
                    title,
                    Status.FAIL,
                    problem.get(),
                    "Set ADMIN_PASSWORD to a generated password of at least 12 characters (or use OIDC and a strong one anyway).");
        }
        return item(
                "admin_password",
                title,
                Status.PASS,
                "ADMIN_PASSWORD is set, at least 12 characters, not a placeholder",
                "");
    }

    static ReadinessItem auth(ReadinessSnapshot s) {
        String title = "Authentication enabled";
        if (!s.authEnabled()) {
            return item(
                    "auth",
                    title,
                    Status.FAIL,
                    "AUTH_ENABLED=false: every route is open to anyone who reaches the server",
                    "Set AUTH_ENABLED=true with SESSION_SECRET and ADMIN_PASSWORD.");
        }
        return item(
                "auth",
                title,
                Status.PASS,
                "AUTH_ENABLED=true: API, pages and admin routes need a login or a token",
                "");
    }

    static ReadinessItem securityHeaders(ReadinessSnapshot s) {
        String title = "Security headers: at the proxy or SECURITY_HEADERS_ENABLED";
        if (s.securityHeadersEnabled()) {
            return item(
                    "security_headers",
                    title,
                    Status.PASS,
                    "SECURITY_HEADERS_ENABLED=true: HSTS, CSP, X-Frame-Options"
                            + " and X-Content-Type-Options are added by the server",
                    "");
        }
        if (s.traffic().proxied() > 0) {
            return item(
                    "security_headers",
                    title,
                    Status.WARN,
                    "SECURITY_HEADERS_ENABLED=false; " + s.traffic().proxied()
                            + " requests came through a proxy, which cannot be checked from here for the headers",
                    "Make sure the proxy adds HSTS, CSP, X-Frame-Options and X-Content-Type-Options, or set"
                            + " SECURITY_HEADERS_ENABLED=true.");
        }
        return item(
                "security_headers",
                title,
                Status.FAIL,
                "SECURITY_HEADERS_ENABLED=false and no request came through a" + " proxy: nothing adds the headers",
                "Set SECURITY_HEADERS_ENABLED=true, or add the headers at the reverse proxy.");
    }

    static ReadinessItem rateLimiting(ReadinessSnapshot s) {
        String title = "Rate limiting enabled, shared through Redis";
        if (!s.rateLimitingEnabled()) {
            return item(
                    "rate_limiting",
                    title,
                    Status.FAIL,
                    "RATE_LIMITING_ENABLED=false",
                    "Set RATE_LIMITING_ENABLED=true" + " (the default) and REDIS_URL.");
        }
        if (!s.redis().configured()) {
            return item(
                    "rate_limiting",
                    title,
                    Status.WARN,
                    "RATE_LIMITING_ENABLED=true but REDIS_URL is not set: each replica"
                            + " counts on its own, so the limits multiply with the replicas",
                    "Set REDIS_URL so replicas share the counters.");
        }
        return item("rate_limiting", title, Status.PASS, "RATE_LIMITING_ENABLED=true with counters in Redis", "");
    }

    static ReadinessItem redis(ReadinessSnapshot s) {
        String title = "Redis: running and reachable";
        ReadinessSnapshot.Service r = s.redis();
        if (!r.configured()) {
            return item(
                    "redis",
                    title,
                    Status.FAIL,
                    "REDIS_URL is not set: rate-limit counters live in each replica's memory",
                    "Run Redis on the internal network only and set REDIS_URL=redis://redis:6379/0.");
        }
        if (!r.healthy()) {
            return item(
                    "redis",
                    title,
                    Status.FAIL,
                    "Redis does not answer PING: " + r.detail(),
                    "Check REDIS_URL and that" + " Redis runs and is reachable from every replica.");
        }
        return item(
                "redis",
                title,
                Status.PASS,
                "Redis answers PING (" + r.detail() + ")",
                "Keep Redis reachable from the" + " internal network only (see the NetworkPolicies).");
    }

    static ReadinessItem meilisearch(ReadinessSnapshot s) {
        String title = "Meilisearch: running and reachable";
        ReadinessSnapshot.Service m = s.meilisearch();
        if (!m.configured()) {
            return item(
                    "meilisearch",
                    title,
                    Status.WARN,
                    "MEILISEARCH_URL is not set: the embedded Lucene index serves one" + " replica only",
                    "Run Meilisearch on the internal network, set MEILISEARCH_URL and MEILISEARCH_API_KEY.");
        }
        if (!m.healthy()) {
            return item(
                    "meilisearch",
                    title,
                    Status.FAIL,
                    "Meilisearch is not healthy: " + m.detail(),
                    "Check MEILISEARCH_URL and that Meilisearch runs and is reachable.");
        }
        return item(
                "meilisearch",
                title,
                Status.PASS,
                "Meilisearch is healthy (" + m.detail() + ")",
                "Keep Meilisearch" + " reachable from the internal network only.");
    }

    static ReadinessItem workers(ReadinessSnapshot s) {
        String title = "Worker replicas: at least 2";
        ReadinessSnapshot.Replicas r = s.replicas();
        if (r.error() != null) {
            return item(
                    "worker_replicas",
                    title,
                    Status.FAIL,
                    "heartbeats cannot be read: " + r.error(),
                    "Check the database connection.");
        }
        String evidence = r.liveWorkers() + " live worker replica" + (r.liveWorkers() == 1 ? "" : "s")
                + (r.workerHosts().isEmpty() ? "" : " (" + String.join(", ", r.workerHosts()) + ")") + " of "
                + r.liveTotal()
                + " live replicas, by heartbeats of the last 90 s";
        String fix =
                "Run at least 2 replicas with DOCUELEVATE_ROLE=worker (or all) on the shared database and work directory.";
        if (r.liveWorkers() >= 2) {
            return item("worker_replicas", title, Status.PASS, evidence, "");
        }
        return item("worker_replicas", title, r.liveWorkers() == 1 ? Status.WARN : Status.FAIL, evidence, fix);
    }

    static ReadinessItem monitoring(ReadinessSnapshot s) {
        String title = "Monitoring: health polled or pushed to an uptime checker";
        ReadinessSnapshot.Monitoring m = s.monitoring();
        String metrics = m.metricsOpen()
                ? "/metrics is open for scraping"
                : "/metrics needs Liberty's login (METRICS_AUTHENTICATION=true)";
        if (m.kumaConfigured()) {
            Duration allowed = m.kumaInterval().multipliedBy(2).plusMinutes(1);
            if (m.kumaLastSuccess() != null
                    && Duration.between(m.kumaLastSuccess(), s.now()).compareTo(allowed) <= 0) {
                return item(
                        "monitoring",
                        title,
                        Status.PASS,
                        "Uptime Kuma heartbeat delivered " + ago(s.now(), m.kumaLastSuccess()) + " (every "
                                + m.kumaInterval().toSeconds() + " s); " + metrics,
                        "");
            }
            if (m.kumaLastError() != null) {
                return item(
                        "monitoring",
                        title,
                        Status.FAIL,
                        "UPTIME_KUMA_URL is set but the last push failed: " + m.kumaLastError() + "; " + metrics,
                        "Check UPTIME_KUMA_URL (the push URL of a Push monitor) and that"
                                + " Uptime Kuma is reachable from the server.");
            }
        }
        if (s.traffic().lastHealthPoll() != null
                && Duration.between(s.traffic().lastHealthPoll(), s.now()).compareTo(HEALTH_POLL_WINDOW) <= 0) {
            return item(
                    "monitoring",
                    title,
                    Status.PASS,
                    "/api/health polled " + ago(s.now(), s.traffic().lastHealthPoll()) + " by "
                            + s.traffic().lastHealthPollSource() + "; " + metrics,
                    "");
        }
        return item(
                "monitoring",
                title,
                Status.WARN,
                (m.kumaConfigured() ? "no Uptime Kuma push has gone through yet" : "UPTIME_KUMA_URL is not set")
                        + " and nothing polled /api/health in the last 15 min; " + metrics,
                "Set UPTIME_KUMA_URL to a Push monitor's URL, or let an uptime checker poll /api/health; scrape /metrics"
                        + " with Prometheus.");
    }

    static ReadinessItem backups(ReadinessSnapshot s) {
        String title = "Backups: database, work directory and Meilisearch, automated";
        ReadinessSnapshot.Backups b = s.backups();
        String fix = "Keep BACKUP_ENABLED=true on the worker replicas (or trigger POST /api/admin/backup/create), check"
                + " GET /api/admin/backup/storage, and copy BACKUP_DIR off the volume.";
        if (b.newest().isEmpty()) {
            return item(
                    "backups",
                    title,
                    Status.FAIL,
                    (b.enabled() ? "BACKUP_ENABLED=true but" : "BACKUP_ENABLED=false and")
                            + " no verified backup exists"
                            + b.lastFailure().map(f -> "; last failure: " + f).orElse(""),
                    fix);
        }
        Backup newest = b.newest().get();
        List<String> evidence = new ArrayList<>();
        evidence.add("newest verified backup #" + newest.id() + " (" + newest.type() + ") "
                + ago(s.now(), newest.createdAt()) + ", " + newest.sizeBytes() + " bytes, " + newest.documents()
                + " documents");
        Status status = Status.PASS;
        if (Duration.between(newest.createdAt(), s.now()).compareTo(BACKUP_MAX_AGE) > 0) {
            status = Status.FAIL;
            evidence.add("older than " + BACKUP_MAX_AGE.toHours() + " h");
        }
        Optional<Backup> withFiles = b.newestWithFiles();
        if (withFiles.isEmpty()) {
            status = worse(status, Status.WARN);
            evidence.add("no verified backup holds the work directory's files");
        } else {
            Backup full = withFiles.get();
            evidence.add("newest with files #" + full.id() + " " + ago(s.now(), full.createdAt()) + " (" + full.files()
                    + " files)");
            if (Duration.between(full.createdAt(), s.now()).compareTo(BACKUP_MAX_AGE) > 0) {
                status = worse(status, Status.WARN);
            }
            if (b.meilisearchConfigured()) {
                if ("enqueued".equals(full.meilisearchStatus())) {
                    evidence.add("Meilisearch dump task " + full.meilisearchTaskUid());
                } else {
                    status = worse(status, Status.WARN);
                    evidence.add("Meilisearch dump " + full.meilisearchStatus());
                }
            }
        }
        if (!b.enabled()) {
            status = worse(status, Status.WARN);
            evidence.add("BACKUP_ENABLED=false: no schedule");
        }
        b.lastFailure().ifPresent(f -> evidence.add("last failure: " + f));
        return item("backups", title, status, String.join("; ", evidence), status == Status.PASS ? "" : fix);
    }

    static ReadinessItem logRetention(ReadinessSnapshot s) {
        String title = "Log retention: logs shipped to an aggregator";
        if ("json".equals(s.consoleLogFormat())) {
            return item(
                    "log_retention",
                    title,
                    Status.PASS,
                    "console logs are JSON (LOG_CONSOLE_FORMAT=json), ready for" + " Fluentd, Vector or Promtail",
                    "Make sure the cluster's log collector keeps them.");
        }
        return item(
                "log_retention",
                title,
                Status.WARN,
                "console logs are '" + s.consoleLogFormat() + "' text; messages.log"
                        + " rotates inside the server folder (Liberty's 20 MB x 2 files) and is lost with the container",
                "Set LOG_CONSOLE_FORMAT=json (or WLP_LOGGING_CONSOLE_FORMAT=json) and ship stdout to a log aggregator.");
    }

    static ReadinessItem secrets(ReadinessSnapshot s) {
        String title = "Secrets management: no default or committed secrets";
        ReadinessSnapshot.Secrets x = s.secrets();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        x.databasePasswordProblem().ifPresent(failures::add);
        if (x.defaultKeystore()) {
            warnings.add("HTTPS_PORT serves the self-signed keystore Liberty generated (TLS_KEYSTORE_FILE not set)");
        }
        x.dotEnvInRepository()
                .ifPresent(path -> warnings.add("the .env file " + path + " lies inside a git work tree"));
        if (x.meilisearchKeyMissing()) {
            warnings.add("MEILISEARCH_URL is set without MEILISEARCH_API_KEY");
        }
        String fix =
                "Keep secrets in a secret store (Kubernetes Secrets, Vault) and out of the repository; use a generated"
                        + " database password; give HTTPS_PORT a real certificate via TLS_KEYSTORE_FILE or terminate TLS at the proxy.";
        if (!failures.isEmpty()) {
            failures.addAll(warnings);
            return item("secrets", title, Status.FAIL, String.join("; ", failures), fix);
        }
        if (!warnings.isEmpty()) {
            return item("secrets", title, Status.WARN, String.join("; ", warnings), fix);
        }
        return item(
                "secrets", title, Status.PASS, "no default password, own keystore, no .env inside a repository", "");
    }

    private static Status worse(Status a, Status b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static ReadinessItem item(String id, String title, Status status, String evidence, String fix) {
        return new ReadinessItem(id, title, status, evidence, fix);
    }

    static String ago(Instant now, Instant then) {
        Duration age = Duration.between(then, now);
        if (age.isNegative() || age.toSeconds() < 90) {
            return Math.max(0, age.toSeconds()) + " s ago";
        }
        if (age.toMinutes() < 90) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 48) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " days ago";
    }

    private static String gib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
    }
}
