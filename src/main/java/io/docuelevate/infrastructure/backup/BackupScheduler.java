package io.docuelevate.infrastructure.backup;

import io.docuelevate.application.backup.BackupSchedule;
import io.docuelevate.application.backup.BackupService;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.backup.BackupType;
import io.docuelevate.infrastructure.config.CoreSettings;
import io.docuelevate.infrastructure.config.OperationsSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the backup schedule ({@link BackupSchedule}) on replicas that run scheduled jobs (roles
 * {@code all} and {@code worker}) when {@code BACKUP_ENABLED}: once a minute it takes the due slots;
 * the unique slot key in {@code backup_records} makes sure only one replica backs up a slot. Interrupted
 * backups and left-over files are cleaned up once an hour.
 */
@ApplicationScoped
public class BackupScheduler {

    private static final Logger LOG = Logger.getLogger(BackupScheduler.class.getName());
    private static final List<BackupType> TIERS = List.of(BackupType.WEEKLY, BackupType.DAILY, BackupType.HOURLY);

    @Resource(lookup = "concurrent/scheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    BackupService backups;

    @Inject
    OperationsSettings settings;

    @Inject
    CoreSettings core;

    @Inject
    StartupState startup;

    private volatile ScheduledFuture<?> ticking;
    private volatile ScheduledFuture<?> cleaning;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 330) Startup event) {
        if (!startup.isStarted() || !settings.backupEnabled() || core.role() == CoreSettings.Role.API) {
            return;
        }
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 30, 60, TimeUnit.SECONDS);
        cleaning = scheduler.scheduleWithFixedDelay(this::cleanup, 5, 60, TimeUnit.MINUTES);
        LOG.info(() -> "Backups scheduled into " + settings.backupDir()
                + " (hourly :00, daily 02:30, weekly Sunday 03:10 UTC)");
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        if (cleaning != null) {
            cleaning.cancel(false);
        }
    }

    void tick() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (BackupType tier : TIERS) {
            try {
                BackupSchedule.due(tier, now).ifPresent(backups::createScheduled);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled " + tier.label() + " backup could not run: " + e.getMessage(), e);
            }
        }
    }

    private void cleanup() {
        try {
            backups.cleanup();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Backup cleanup failed: " + e.getMessage(), e);
        }
    }
}
