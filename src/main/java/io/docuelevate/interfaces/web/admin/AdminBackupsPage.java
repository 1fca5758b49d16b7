package io.docuelevate.interfaces.web.admin;

import io.docuelevate.application.backup.BackupRefusedException;
import io.docuelevate.application.backup.BackupRestorer;
import io.docuelevate.application.backup.BackupSchedule;
import io.docuelevate.application.backup.BackupService;
import io.docuelevate.application.backup.BackupSettings;
import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupStatus;
import io.docuelevate.domain.backup.BackupType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code /admin/backups}: make a backup, list and download them, restore one after a confirmation step
 * ({@code ?restore=ID} asks, the form on that answer restores), and the schedule with its next runs — all through
 * {@link BackupService}, the service behind {@code /api/admin/backup}.
 */
@Named("adminBackups")
@RequestScoped
public class AdminBackupsPage {

    /** One backup as the table shows it. */
    public record Row(
            long id,
            String filename,
            String type,
            String status,
            String created,
            String size,
            boolean downloadable,
            String error) {}

    /** One scheduled type: when it runs, its next run, how many verified backups are kept. */
    public record Plan(String type, String next, String kept) {}

    @Inject
    BackupService backups;

    @Inject
    BackupSettings settings;

    @Inject
    AdminSupport support;

    @Inject
    HttpServletRequest request;

    private List<Row> rows;
    private Notice notice;
    private boolean restored;

    public List<Row> getRows() {
        if (rows == null) {
            rows = backups.list().stream().map(this::row).toList();
        }
        return rows;
    }

    private Row row(BackupRecord record) {
        boolean stored = record.getStatus() == BackupStatus.VERIFIED && backups.isStored(record);
        return new Row(
                record.getId(),
                record.getFilename(),
                record.getType().label(),
                record.getStatus().label(),
                support.dateTime(record.getCreatedAt()),
                support.bytes(record.getSizeBytes()),
                stored,
                record.getErrorDetail() == null ? "" : record.getErrorDetail());
    }

    public boolean isEnabled() {
        return backups.enabled();
    }

    /** Where backups are kept and how much room is left; empty when the folder cannot be read. */
    public String getStorage() {
        try {
            BackupService.StorageReport report = backups.storage();
            return support.text(
                    "backups.storage",
                    report.directory().toString(),
                    support.bytes(report.usedBytes()),
                    support.bytes(report.freeBytes()));
        } catch (IOException e) {
            return support.text("backups.storageUnknown");
        }
    }

    /** The scheduled types with their next run (UTC schedule, shown in the server's zone). */
    public List<Plan> getSchedule() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return List.of(BackupType.HOURLY, BackupType.DAILY, BackupType.WEEKLY).stream()
                .map(type -> new Plan(
                        type.label(),
                        support.dateTime(next(type, now)),
                        settings.retain(type)
                                .map(count -> support.text("backups.kept", count))
                                .orElse(support.text("backups.keptAll"))))
                .toList();
    }

    static OffsetDateTime next(BackupType type, OffsetDateTime now) {
        Duration period = switch (type) {
            case HOURLY -> Duration.ofHours(1);
            case DAILY -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
        };
        return BackupSchedule.latest(type, now).at().plus(period);
    }

    public String create() {
        BackupRecord record = backups.create(BackupType.MANUAL, false);
        notice = Notice.ok(support.text("backups.started", record.getFilename()));
        rows = null;
        return null;
    }

    /** The backup the administrator asked to restore ({@code ?restore=ID}), waiting for confirmation. */
    public Row getToRestore() {
        if (restored) {
            return null;
        }
        String id = request.getParameter("restore");
        return getRows().stream()
                .filter(row -> row.downloadable() && Long.toString(row.id()).equals(id))
                .findFirst()
                .orElse(null);
    }

    /** What restoring the pending backup does, in words, for the confirmation step. */
    public String getConfirmText() {
        Row pending = getToRestore();
        return pending == null ? "" : support.text("backups.confirm.text", pending.filename(), pending.created());
    }

    public String restore(long id) {
        try {
            BackupRestorer.RestoreResult result = backups.restore(id);
            notice = Notice.ok(support.text(
                    "backups.restored",
                    result.filename(),
                    result.documents(),
                    result.preRestoreBackup().getFilename()));
        } catch (BackupRefusedException e) {
            notice = Notice.error(support.text("backups.restoreRefused", e.getMessage()));
        }
        restored = true;
        rows = null;
        return null;
    }

    public Notice getNotice() {
        return notice;
    }
}
