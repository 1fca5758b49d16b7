package io.docuelevate.application.backup;

import io.docuelevate.application.delivery.Destination;
import io.docuelevate.application.delivery.Destinations;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupRecords;
import io.docuelevate.domain.backup.BackupType;
import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.domain.settings.ApplicationSetting;
import io.docuelevate.domain.settings.SettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes backups: records one (queued, with its file name and, for a scheduled one, its slot), then
 * writes, verifies and marks it verified or failed, and lets retention prune older ones of its type.
 */
@ApplicationScoped
public class BackupRunner {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss-SSSSSS");
    private static final Logger LOG = Logger.getLogger(BackupRunner.class.getName());

    @Inject
    Destinations destinations;

    @Inject
    BackupRecords records;

    @Inject
    BackupStore store;

    @Inject
    BackupDatabase database;

    @Inject
    BackupSettings settings;

    @Inject
    BackupRetention retention;

    @Inject
    BackupLock lock;

    @Inject
    SettingsRepository applicationSettings;

    @Inject
    StartupState startup;

    private final String nodeId = UUID.randomUUID().toString().substring(0, 8);

    /** Records a queued backup; empty when {@code slot} was taken by another replica. */
    Optional<BackupRecord> insert(BackupType type, String slot) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String filename = "backup_" + type.label() + "_" + now.format(NAME_TIME) + "_"
                + UUID.randomUUID().toString().substring(0, 4) + ".zip";
        try {
            return Optional.of(records.insert(new BackupRecord(
                    filename, type, settings.backupDir().resolve(filename).toString(), slot, nodeId)));
        } catch (RuntimeException e) {
            if (slot != null) {
                LOG.fine(() -> "schedule slot " + slot + " was taken by another replica");
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Makes the recorded backup {@code id} on the caller's thread and answers its final record. */
    BackupRecord run(long id) {
        lock.lock();
        try {
            BackupRecord record = records.update(id, BackupRecord::markRunning).orElseThrow();
            long started = System.nanoTime();
            try {
                boolean withFiles =
                        record.getType() == BackupType.PRE_RESTORE || settings.backupIncludesFiles(record.getType());
                ArchiveSummary written =
                        store.write(record.getType(), Path.of(record.getLocalPath()), withFiles, installationId());
                BackupRecord verified = records.update(
                                id,
                                r -> r.markVerified(
                                        written.sizeBytes(),
                                        written.sha256(),
                                        written.dbKind(),
                                        written.schemaVersion(),
                                        written.installationId(),
                                        written.documents(),
                                        written.includesFiles(),
                                        written.files(),
                                        written.meilisearchStatus(),
                                        written.meilisearchTaskUid()))
                        .orElseThrow();
                LOG.info(() -> "Backup " + verified.getFilename() + " verified: " + written.sizeBytes() + " bytes, "
                        + written.documents() + " documents, " + written.files() + " files, in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
                retention.prune(List.of(record.getType()));
                return copyToRemote(verified);
            } catch (BackupStoreException | RuntimeException e) {
                String detail = e instanceof BackupStoreException ? e.getMessage() : database.describe(e);
                LOG.log(Level.WARNING, "Backup " + record.getFilename() + " failed: " + detail, e);
                return records.update(id, r -> r.markFailed(detail)).orElseThrow();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Copies a verified archive to {@code BACKUP_REMOTE_DESTINATION} (a destination configured through the
     * environment, into its own folder, never overwriting); a failed copy is recorded and logged, the local backup
     * stays verified.
     */
    private BackupRecord copyToRemote(BackupRecord verified) {
        Optional<String> name = settings.backupRemoteDestination();
        if (name.isEmpty()) {
            return verified;
        }
        Optional<Destination> destination = destinations.configured().stream()
                .filter(d -> d.key().equals(name.get()))
                .findFirst();
        try {
            if (destination.isEmpty()) {
                throw new RemoteStoreException(
                        "BACKUP_REMOTE_DESTINATION names " + name.get() + ", which is not a configured destination",
                        false);
            }
            String path = destination
                    .get()
                    .store()
                    .put(DeliveredDocument.plain(Path.of(verified.getLocalPath()), verified.getFilename()));
            LOG.info(() -> "Backup " + verified.getFilename() + " copied to " + name.get() + " as " + path);
            return records.update(verified.getId(), r -> r.markCopied(name.get(), path))
                    .orElseThrow();
        } catch (RemoteStoreException | RuntimeException e) {
            LOG.warning(() -> "Backup " + verified.getFilename() + " could not be copied to " + name.get() + ": "
                    + e.getMessage());
            return records.update(verified.getId(), r -> r.markCopyFailed(name.get(), String.valueOf(e.getMessage())))
                    .orElseThrow();
        }
    }

    private String installationId() {
        return applicationSettings.find(ApplicationSetting.INSTALLATION_ID).orElse(startup.installationId());
    }
}
