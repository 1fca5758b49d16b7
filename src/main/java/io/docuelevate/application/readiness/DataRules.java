package io.docuelevate.application.readiness;

import static io.docuelevate.application.readiness.ReadinessRules.BACKUP_MAX_AGE;
import static io.docuelevate.application.readiness.ReadinessRules.ago;
import static io.docuelevate.application.readiness.ReadinessRules.gib;
import static io.docuelevate.application.readiness.ReadinessRules.item;
import static io.docuelevate.application.readiness.ReadinessRules.worse;

import io.docuelevate.application.readiness.ReadinessItem.Status;
import io.docuelevate.application.readiness.ReadinessSnapshot.Backup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checklist items about data: the database, its migrations, durable storage, backups and log retention. Part of {@link ReadinessRules}. */
final class DataRules {

    /** Orphaned processed files named in the evidence; the count says how many more there are. */
    static final int ORPHANS_SHOWN = 10;

    private DataRules() {}

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

    /** The consistency check of {@code processed/}: every file there belongs to a document. */
    static ReadinessItem processedFiles(ReadinessSnapshot s) {
        String id = "processed_files";
        String title = "Processed files: each belongs to a document";
        ReadinessSnapshot.ProcessedFiles p = s.processedFiles();
        if (p.problem() != null) {
            return item(id, title, Status.WARN, "processed/ cannot be checked: " + p.problem(), "Check WORKDIR.");
        }
        if (p.orphans().isEmpty()) {
            return item(id, title, Status.PASS, "every file in processed/ belongs to a document", "");
        }
        List<String> shown =
                p.orphans().subList(0, Math.min(ORPHANS_SHOWN, p.orphans().size()));
        return item(
                id,
                title,
                Status.WARN,
                p.orphans().size() + " files in processed/ belong to no document: " + String.join(", ", shown)
                        + (p.orphans().size() > shown.size() ? ", …" : ""),
                "They are left by an interrupted run; the next start removes those older than WORKER_LEASE_SECONDS,"
                        + " or delete them after a look.");
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
}
