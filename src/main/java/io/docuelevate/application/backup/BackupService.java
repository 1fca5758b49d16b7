package io.docuelevate.application.backup;

import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupRecords;
import io.docuelevate.domain.backup.BackupStatus;
import io.docuelevate.domain.backup.BackupType;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Backups and restores (reference spec §7, DESIGN.md §8), the one entry point for the REST resource,
 * the scheduler and the pages. A backup is one ZIP archive in {@code BACKUP_DIR}: the database dump, the
 * work directory's originals and processed files, and a manifest with the SHA-256 of every entry; it is
 * verified before it counts. Making one is {@link BackupRunner}'s job, restoring {@link BackupRestorer}'s,
 * pruning {@link BackupRetention}'s; the archives themselves are behind the {@link BackupStore} port.
 */
@ApplicationScoped
public class BackupService {

    /** Space in {@code BACKUP_DIR} and the latest outcomes. */
    public record StorageReport(
            Path directory,
            long totalBytes,
            long freeBytes,
            long minFreeBytes,
            long usedBytes,
            int verifiedBackups,
            Optional<BackupRecord> lastVerified,
            Optional<BackupRecord> lastFailure) {}

    @Inject
    BackupRecords records;

    @Inject
    BackupRunner runner;

    @Inject
    BackupRestorer restorer;

    @Inject
    BackupRetention retention;

    @Inject
    BackupStore store;

    @Inject
    BackupSettings settings;

    @Resource
    ManagedExecutorService executor;

    /**
     * Records a backup of {@code type} and makes it: at once when {@code wait}, else in the background
     * (the answer is then the queued record). A scheduled type takes the current schedule slot when it is
     * still free, so the scheduler and an external trigger (the Kubernetes CronJob) do not both make it.
     */
    public BackupRecord create(BackupType type, boolean wait) {
        Optional<String> slot = type.scheduled()
                ? BackupSchedule.due(type, OffsetDateTime.now(ZoneOffset.UTC))
                        .map(BackupSchedule.Slot::key)
                        .filter(key -> !records.slotTaken(key))
                : Optional.empty();
        BackupRecord record = runner.insert(type, slot.orElse(null))
                .or(() -> runner.insert(type, null))
                .orElseThrow();
        if (wait) {
            return runner.run(record.getId());
        }
        executor.execute(() -> runner.run(record.getId()));
        return record;
    }

    /** Makes the backup of a schedule slot unless another replica already took it; runs on the caller's thread. */
    public Optional<BackupRecord> createScheduled(BackupSchedule.Slot slot) {
        if (records.slotTaken(slot.key())) {
            return Optional.empty();
        }
        return runner.insert(slot.type(), slot.key()).map(record -> runner.run(record.getId()));
    }

    public List<BackupRecord> list() {
        return records.all();
    }

    public Optional<BackupRecord> find(long id) {
        return records.find(id);
    }

    public Optional<BackupRecord> newestVerified() {
        return records.newestVerified();
    }

    public Optional<Duration> newestVerifiedAge() {
        return records.newestVerified()
                .map(r -> Duration.between(r.getCreatedAt(), OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** The archive file of a verified backup that is still stored here. */
    public Path archive(long id) throws BackupRefusedException {
        BackupRecord record = records.find(id).orElseThrow(() -> notFound(id));
        if (record.getStatus() != BackupStatus.VERIFIED || !isStored(record)) {
            throw new BackupRefusedException(
                    404,
                    "Backup " + id + " has no archive stored locally (status "
                            + record.getStatus().label() + ")");
        }
        return Path.of(record.getLocalPath());
    }

    public boolean isStored(BackupRecord record) {
        return store.isStored(record);
    }

    /** Deletes a backup's archive and record. */
    public BackupRecord delete(long id) throws BackupRefusedException {
        BackupRecord record = records.find(id).orElseThrow(() -> notFound(id));
        if (!record.getStatus().finished()) {
            throw new BackupRefusedException(
                    409, "Backup " + id + " is still " + record.getStatus().label());
        }
        try {
            store.deleteArchive(record);
        } catch (IOException e) {
            throw new BackupRefusedException(
                    500, "The archive of backup " + id + " cannot be deleted: " + e.getMessage());
        }
        records.delete(id);
        return record;
    }

    /** Applies retention to every type, fails interrupted backups and removes left-over partial files. */
    public BackupRetention.CleanupResult cleanup() {
        return retention.cleanup();
    }

    public boolean enabled() {
        return settings.backupEnabled();
    }

    public StorageReport storage() throws IOException {
        BackupStore.Space space = store.space();
        List<BackupRecord> all = records.all();
        long used =
                all.stream().filter(this::isStored).mapToLong(store::storedSize).sum();
        Optional<BackupRecord> lastVerified =
                all.stream().filter(r -> r.getStatus() == BackupStatus.VERIFIED).findFirst();
        Optional<BackupRecord> lastFailure =
                all.stream().filter(r -> r.getStatus() == BackupStatus.FAILED).findFirst();
        int verified = (int)
                all.stream().filter(r -> r.getStatus() == BackupStatus.VERIFIED).count();
        return new StorageReport(
                space.directory(),
                space.totalBytes(),
                space.freeBytes(),
                settings.backupMinFreeBytes(space.totalBytes()),
                used,
                verified,
                lastVerified,
                lastFailure);
    }

    /** Restores a stored backup. */
    public BackupRestorer.RestoreResult restore(long id) throws BackupRefusedException {
        Path archive = archive(id);
        return restorer.restore(archive, archive.getFileName().toString());
    }

    /** Restores an archive (see {@link BackupRestorer#restore}). */
    public BackupRestorer.RestoreResult restore(Path archive, String name) throws BackupRefusedException {
        return restorer.restore(archive, name);
    }

    /** Streams an uploaded archive to the backup folder; nothing changes until it is {@link #restoreReceived restored}. */
    public Path receiveUpload(InputStream content) throws IOException {
        return store.receiveUpload(content);
    }

    /** Restores an archive received with {@link #receiveUpload}, which is removed afterwards whatever the outcome. */
    public BackupRestorer.RestoreResult restoreReceived(Path upload, String name) throws BackupRefusedException {
        try {
            return restorer.restore(upload, name);
        } finally {
            store.discardUpload(upload);
        }
    }

    /** Removes an archive received with {@link #receiveUpload} that will not be restored. */
    public void discardUpload(Path upload) {
        store.discardUpload(upload);
    }

    /** Verifies an archive against its manifest and this server without changing anything. */
    public ArchiveSummary check(Path archive) throws BackupRefusedException {
        return restorer.check(archive);
    }

    private static BackupRefusedException notFound(long id) {
        return new BackupRefusedException(404, "Backup " + id + " not found");
    }
}
