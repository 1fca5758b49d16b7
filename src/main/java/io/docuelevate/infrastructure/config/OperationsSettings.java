package io.docuelevate.infrastructure.config;

import io.docuelevate.application.backup.BackupSettings;
import io.docuelevate.domain.backup.BackupType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Operations settings: metrics access, the Uptime Kuma heartbeat, backups, log format and the work
 * directory's free-space floor (reference spec §5 names; authentication settings are in
 * {@link SecuritySettings}, request protection in {@link ProtectionSettings}). Secret values are handed out only to the code that uses them and
 * are never put into answers or logs.
 */
@ApplicationScoped
public class OperationsSettings implements BackupSettings {

    /** Pre-restore copies kept (they are full backups of what a restore replaced). */
    public static final int PRE_RESTORE_KEPT = 5;

    @Inject
    CoreSettings core;

    @Inject
    SearchSettings search;

    @Inject
    @ConfigProperty(name = "METRICS_AUTHENTICATION")
    boolean metricsAuthentication;

    @Inject
    @ConfigProperty(name = "UPTIME_KUMA_URL")
    Optional<String> uptimeKumaUrl;

    @Inject
    @ConfigProperty(name = "UPTIME_KUMA_PING_INTERVAL")
    int uptimeKumaIntervalMinutes;

    /** Test and tuning override of {@code UPTIME_KUMA_PING_INTERVAL}, in seconds. */
    @Inject
    @ConfigProperty(name = "UPTIME_KUMA_PING_INTERVAL_SECONDS")
    Optional<Integer> uptimeKumaIntervalSeconds;

    @Inject
    @ConfigProperty(name = "BACKUP_ENABLED")
    boolean backupEnabled;

    @Inject
    @ConfigProperty(name = "BACKUP_DIR")
    Optional<String> backupDir;

    @Inject
    @ConfigProperty(name = "BACKUP_RETAIN_HOURLY")
    int retainHourly;

    @Inject
    @ConfigProperty(name = "BACKUP_RETAIN_DAILY")
    int retainDaily;

    @Inject
    @ConfigProperty(name = "BACKUP_RETAIN_WEEKLY")
    int retainWeekly;

    @Inject
    @ConfigProperty(name = "BACKUP_MIN_FREE_BYTES")
    long backupMinFreeBytes;

    /** Directory of {@code pg_dump} and {@code pg_restore}; empty means the {@code PATH}. */
    @Inject
    @ConfigProperty(name = "BACKUP_PG_BIN_DIR")
    Optional<String> pgBinDir;

    @Inject
    @ConfigProperty(name = "CLUSTER_HEARTBEAT_SECONDS")
    int heartbeatSeconds;

    @Inject
    @ConfigProperty(name = "LOG_CONSOLE_FORMAT")
    Optional<String> logConsoleFormat;

    @Inject
    @ConfigProperty(name = "WLP_LOGGING_CONSOLE_FORMAT")
    Optional<String> wlpConsoleFormat;

    @Inject
    @ConfigProperty(name = "TLS_KEYSTORE_FILE")
    Optional<String> tlsKeystoreFile;

    @Inject
    @ConfigProperty(name = "WORKDIR_MIN_FREE_BYTES")
    long workdirMinFreeBytes;

    @Inject
    @ConfigProperty(name = "BACKUP_REMOTE_DESTINATION")
    Optional<String> backupRemoteDestination;

    @Inject
    @ConfigProperty(name = "BACKUP_INCLUDE_FILES")
    String backupIncludeFiles;

    /** Whether Liberty's own {@code /metrics} asks for a login ({@code <mpMetrics authentication>}). */
    public boolean metricsAuthentication() {
        return metricsAuthentication;
    }

    public Optional<String> uptimeKumaUrl() {
        return uptimeKumaUrl;
    }

    public Duration uptimeKumaInterval() {
        if (uptimeKumaIntervalSeconds.isPresent()) {
            return Duration.ofSeconds(Math.max(1, uptimeKumaIntervalSeconds.get()));
        }
        return Duration.ofMinutes(Math.max(1, uptimeKumaIntervalMinutes));
    }

    @Override
    public boolean backupEnabled() {
        return backupEnabled;
    }

    @Override
    public Path backupDir() {
        return backupDir
                .map(Path::of)
                .map(p -> p.toAbsolutePath().normalize())
                .orElseGet(() -> core.workdir().resolve("backups"));
    }

    /**
     * Verified backups kept of a type (reference: 96 hourly, 21 daily, 13 weekly; at least 1); the newest
     * {@value #PRE_RESTORE_KEPT} pre-restore copies; empty for manual backups, which stay until deleted.
     */
    @Override
    public Optional<Integer> retain(BackupType type) {
        return switch (type) {
            case HOURLY -> Optional.of(Math.max(1, retainHourly));
            case DAILY -> Optional.of(Math.max(1, retainDaily));
            case WEEKLY -> Optional.of(Math.max(1, retainWeekly));
            case PRE_RESTORE -> Optional.of(PRE_RESTORE_KEPT);
            case MANUAL -> Optional.empty();
        };
    }

    /** Free space a backup must leave; 0 = automatic (10 % of the file system, at most 1 GiB). */
    @Override
    public long backupMinFreeBytes(long fileSystemBytes) {
        if (backupMinFreeBytes > 0) {
            return backupMinFreeBytes;
        }
        return Math.min(fileSystemBytes / 10, 1L << 30);
    }

    /**
     * Whether backups of {@code type} carry the work directory's originals and processed files. Hourly
     * ones hold the database only by default: 96 full copies of every original would fill any disk,
     * and originals never change once stored.
     */
    @Override
    public boolean backupIncludesFiles(BackupType type) {
        return Arrays.stream(backupIncludeFiles.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .anyMatch(type.label()::equals);
    }

    /** {@code BACKUP_REMOTE_DESTINATION}: the configured destination's name ({@code sftp}, {@code s3}, …), lower case. */
    @Override
    public Optional<String> backupRemoteDestination() {
        return backupRemoteDestination
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty());
    }

    public Optional<Path> pgBinDir() {
        return pgBinDir.map(Path::of);
    }

    public Duration heartbeatInterval() {
        return Duration.ofSeconds(Math.max(1, heartbeatSeconds));
    }

    /** {@code MEILISEARCH_URL} (bound in {@link SearchSettings}) without a trailing slash. */
    public Optional<String> meilisearchUrl() {
        return search.meilisearchUrl().map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The Meilisearch key in clear (bound in {@link SearchSettings}); only for the {@code Authorization} header. */
    public Optional<String> meilisearchApiKey() {
        return search.meilisearchApiKey();
    }

    /** The console log format Liberty was started with: {@code LOG_CONSOLE_FORMAT}, else Liberty's variable, else simple. */
    public String consoleLogFormat() {
        return logConsoleFormat.or(() -> wlpConsoleFormat).orElse("simple").toLowerCase(Locale.ROOT);
    }

    public Optional<String> tlsKeystoreFile() {
        return tlsKeystoreFile;
    }

    public long workdirMinFreeBytes() {
        return workdirMinFreeBytes;
    }
}
