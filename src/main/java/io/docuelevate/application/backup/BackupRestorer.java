package io.docuelevate.application.backup;

import io.docuelevate.application.system.MaintenanceState;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupRestored;
import io.docuelevate.domain.backup.BackupStatus;
import io.docuelevate.domain.backup.BackupType;
import io.docuelevate.domain.settings.ApplicationSetting;
import io.docuelevate.domain.settings.SettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Restores archives: checks one completely first (nothing changes if it is damaged, from another
 * database kind or from a newer schema), saves the current state as a pre-restore backup, applies the
 * archive, and puts the pre-restore state back if that fails.
 */
@ApplicationScoped
public class BackupRestorer {

    private static final Logger LOG = Logger.getLogger(BackupRestorer.class.getName());

    /** What a restore did. */
    public record RestoreResult(
            String filename,
            BackupRecord preRestoreBackup,
            ArchiveSummary manifest,
            long documents,
            long originalFiles,
            long processedFiles,
            String schemaVersion) {}

    @Inject
    BackupRunner runner;

    @Inject
    BackupStore store;

    @Inject
    BackupDatabase database;

    @Inject
    BackupLock lock;

    @Inject
    SettingsRepository applicationSettings;

    @Inject
    StartupState startup;

    @Inject
    MaintenanceState maintenance;

    @Inject
    Event<BackupRestored> restored;

    /**
     * Restores an archive: verifies it, saves the current state as a pre-restore backup, replaces the
     * database tables and the originals and processed files, migrates the schema to this release, and puts
     * the pre-restore state back if any of that fails.
     */
    public RestoreResult restore(Path archive, String name) throws BackupRefusedException {
        ArchiveSummary manifest = check(archive);
        lock.lockForRestore();
        try {
            BackupRecord pre = runner.run(
                    runner.insert(BackupType.PRE_RESTORE, null).orElseThrow().getId());
            if (pre.getStatus() != BackupStatus.VERIFIED) {
                throw new BackupRefusedException(
                        500,
                        "The current state could not be saved before the restore (" + pre.getErrorDetail()
                                + "); nothing was changed");
            }
            maintenance.restoreStarted();
            try {
                store.apply(archive);
            } catch (BackupStoreException | RuntimeException e) {
                throw rollBack(name, pre, describe(e), e);
            } finally {
                maintenance.restoreEnded();
            }
            long documents = database.countDocuments();
            String schema = database.schemaVersion();
            applicationSettings.find(ApplicationSetting.INSTALLATION_ID).ifPresent(startup::markStarted);
            LOG.info(() -> "Restored " + name + ": " + documents + " documents, " + manifest.originalFiles()
                    + " originals, " + manifest.processedFiles() + " processed files; previous state kept as "
                    + pre.getFilename());
            restored.fire(new BackupRestored(name, documents));
            return new RestoreResult(
                    name, pre, manifest, documents, manifest.originalFiles(), manifest.processedFiles(), schema);
        } finally {
            lock.unlock();
        }
    }

    /** Verifies an archive against its manifest and this server without changing anything. */
    public ArchiveSummary check(Path archive) throws BackupRefusedException {
        ArchiveSummary manifest;
        try {
            manifest = store.verify(archive);
        } catch (BackupStoreException e) {
            throw new BackupRefusedException(
                    422, "The archive cannot be restored: " + e.getMessage() + ". Nothing was changed.");
        }
        String kind = database.kind();
        if (!kind.equals(manifest.dbKind())) {
            throw new BackupRefusedException(
                    400,
                    "The archive holds a " + manifest.dbKind() + " database but this server" + " runs on " + kind
                            + ". Nothing was changed.");
        }
        String current = database.schemaVersion();
        if (SchemaVersions.compare(manifest.schemaVersion(), current) > 0) {
            throw new BackupRefusedException(
                    422,
                    "The archive is from schema version " + manifest.schemaVersion() + ", newer than this release's "
                            + current + "; restore it with a newer DocuElevate. Nothing was changed.");
        }
        return manifest;
    }

    private BackupRefusedException rollBack(String name, BackupRecord pre, String reason, Exception failure) {
        LOG.log(
                Level.SEVERE,
                "Restore of " + name + " failed: " + reason + "; putting back backup " + pre.getFilename(),
                failure);
        try {
            store.apply(Path.of(pre.getLocalPath()));
        } catch (BackupStoreException | RuntimeException rollback) {
            LOG.log(Level.SEVERE, "Putting back " + pre.getFilename() + " failed", rollback);
            return new BackupRefusedException(
                    500,
                    "Restore failed: " + reason + ". Putting back the previous state"
                            + " failed too (" + describe(rollback) + "); restore backup " + pre.getId() + " ("
                            + pre.getFilename() + ") once the cause is fixed");
        }
        return new BackupRefusedException(
                500,
                "Restore failed: " + reason + ". The previous state was put back from" + " backup " + pre.getId() + " ("
                        + pre.getFilename() + ")");
    }

    private String describe(Exception e) {
        return e instanceof BackupStoreException ? e.getMessage() : database.describe(e);
    }
}
