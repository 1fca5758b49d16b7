package io.docuelevate.application.backup;

import io.docuelevate.application.system.MaintenanceState;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupRecords;
import io.docuelevate.domain.backup.BackupRestored;
import io.docuelevate.domain.backup.BackupStatus;
import io.docuelevate.domain.backup.BackupType;
import io.docuelevate.domain.settings.ApplicationSetting;
import io.docuelevate.domain.settings.SettingsRepository;
import io.docuelevate.infrastructure.backup.ArchiveEntries;
import io.docuelevate.infrastructure.backup.BackupArchiveReader;
import io.docuelevate.infrastructure.backup.BackupArchiveWriter;
import io.docuelevate.infrastructure.backup.BackupManifest;
import io.docuelevate.infrastructure.backup.CorruptArchiveException;
import io.docuelevate.infrastructure.backup.DatabaseDump;
import io.docuelevate.infrastructure.backup.DatabaseDumps;
import io.docuelevate.infrastructure.backup.MeilisearchDumps;
import io.docuelevate.infrastructure.config.CoreSettings;
import io.docuelevate.infrastructure.config.DatabaseUrl;
import io.docuelevate.infrastructure.config.OperationsSettings;
import io.docuelevate.infrastructure.persistence.SchemaMigrator;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Backups and restores (reference spec §7, DESIGN.md §8). A backup is one ZIP archive in
 * {@code BACKUP_DIR}: the database dump (pg_dump or H2's SCRIPT), the work directory's originals and
 * processed files, and a manifest with the SHA-256 of every entry. It is written under a
 * {@code .partial} name, re-read and checked against its manifest, and only then renamed, recorded as
 * verified and allowed to let retention prune older ones. A restore checks the archive completely
 * first, then takes a full pre-restore backup of what it will replace, and puts that back if anything
 * goes wrong. One backup or restore runs at a time per replica.
 */
@ApplicationScoped
public class BackupService {

    /** Queued or running records older than this were interrupted by a stop. */
    static final Duration STALE = Duration.ofHours(12);
    /** How long a restore waits for a running backup to finish. */
    static final Duration LOCK_WAIT = Duration.ofMinutes(5);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss-SSSSSS");
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    /** What a restore did. */
    public record RestoreResult(String filename, BackupRecord preRestoreBackup, BackupManifest manifest, long documents,
                                long originalFiles, long processedFiles, String schemaVersion) {
    }

    /** What a cleanup removed. */
    public record CleanupResult(List<Long> deleted, List<Long> interrupted, Map<BackupType, Long> kept) {
    }

    /** Space in {@code BACKUP_DIR} and the latest outcomes. */
    public record StorageReport(Path directory, long totalBytes, long freeBytes, long minFreeBytes, long usedBytes,
                                int verifiedBackups, Optional<BackupRecord> lastVerified, Optional<BackupRecord> lastFailure) {
    }

    @Inject
    BackupRecords records;

    @Inject
    DatabaseDumps dumps;

    @Inject
    MeilisearchDumps meilisearch;

    @Inject
    OperationsSettings settings;

    @Inject
    CoreSettings core;

    @Inject
    Workdir workdir;

    @Inject
    SettingsRepository applicationSettings;

    @Inject
    StartupState startup;

    @Inject
    MaintenanceState maintenance;

    @Inject
    Event<BackupRestored> restored;

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final ReentrantLock operations = new ReentrantLock(true);
    private final String nodeId = UUID.randomUUID().toString().substring(0, 8);

    /**
     * Records a backup of {@code type} and makes it: at once when {@code wait}, else in the background
     * (the answer is then the queued record). A scheduled type takes the current schedule slot when it is
     * still free, so the scheduler and an external trigger (the Kubernetes CronJob) do not both make it.
     */
    public BackupRecord create(BackupType type, boolean wait) {
        Optional<String> slot = type.scheduled()
                ? BackupSchedule.due(type, OffsetDateTime.now(ZoneOffset.UTC)).map(BackupSchedule.Slot::key)
                        .filter(key -> !records.slotTaken(key))
                : Optional.empty();
        BackupRecord record = insert(type, slot.orElse(null)).or(() -> insert(type, null)).orElseThrow();
        if (wait) {
            return run(record.getId());
        }
        executor.execute(() -> run(record.getId()));
        return record;
    }

    /** Makes the backup of a schedule slot unless another replica already took it; runs on the caller's thread. */
    public Optional<BackupRecord> createScheduled(BackupSchedule.Slot slot) {
        if (records.slotTaken(slot.key())) {
            return Optional.empty();
        }
        return insert(slot.type(), slot.key()).map(record -> run(record.getId()));
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
        return records.newestVerified().map(r -> Duration.between(r.getCreatedAt(), OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** The archive file of a verified backup that is still stored here. */
    public Path archive(long id) throws BackupRefusedException {
        BackupRecord record = records.find(id).orElseThrow(() -> notFound(id));
        if (record.getStatus() != BackupStatus.VERIFIED || !isStored(record)) {
            throw new BackupRefusedException(404, "Backup " + id + " has no archive stored locally (status "
                    + record.getStatus().label() + ")");
        }
        return Path.of(record.getLocalPath());
    }

    public boolean isStored(BackupRecord record) {
        return record.getLocalPath() != null && Files.isRegularFile(Path.of(record.getLocalPath()));
    }

    /** Deletes a backup's archive and record. */
    public BackupRecord delete(long id) throws BackupRefusedException {
        BackupRecord record = records.find(id).orElseThrow(() -> notFound(id));
        if (!record.getStatus().finished()) {
            throw new BackupRefusedException(409, "Backup " + id + " is still " + record.getStatus().label());
        }
        try {
            deleteArchive(record);
        } catch (IOException e) {
            throw new BackupRefusedException(500, "The archive of backup " + id + " cannot be deleted: " + e.getMessage());
        }
        records.delete(id);
        return record;
    }

    /** Applies retention to every type, fails interrupted backups and removes left-over partial files. */
    public CleanupResult cleanup() {
        List<Long> interrupted = failInterrupted();
        removeLeftovers();
        List<Long> deleted = prune(Arrays.asList(BackupType.values()));
        Map<BackupType, Long> kept = new EnumMap<>(BackupType.class);
        for (BackupRecord record : records.all()) {
            if (record.getStatus() == BackupStatus.VERIFIED) {
                kept.merge(record.getType(), 1L, Long::sum);
            }
        }
        return new CleanupResult(deleted, interrupted, kept);
    }

    public StorageReport storage() throws IOException {
        Path directory = backupDir();
        FileStore store = Files.getFileStore(directory);
        List<BackupRecord> all = records.all();
        long used = all.stream().filter(this::isStored).mapToLong(r -> size(Path.of(r.getLocalPath()))).sum();
        Optional<BackupRecord> lastVerified = all.stream().filter(r -> r.getStatus() == BackupStatus.VERIFIED).findFirst();
        Optional<BackupRecord> lastFailure = all.stream().filter(r -> r.getStatus() == BackupStatus.FAILED).findFirst();
        int verified = (int) all.stream().filter(r -> r.getStatus() == BackupStatus.VERIFIED).count();
        return new StorageReport(directory, store.getTotalSpace(), store.getUsableSpace(),
                settings.backupMinFreeBytes(store.getTotalSpace()), used, verified, lastVerified, lastFailure);
    }

    /** Restores a stored backup. */
    public RestoreResult restore(long id) throws BackupRefusedException {
        Path archive = archive(id);
        return restore(archive, archive.getFileName().toString());
    }

    /**
     * Restores an archive: verifies it completely (nothing changes if it is damaged, from another
     * database kind or from a newer schema), saves the current state as a pre-restore backup, replaces
     * the database tables and the originals and processed files, migrates the schema to this release,
     * and puts the pre-restore state back if any of that fails.
     */
    public RestoreResult restore(Path archive, String name) throws BackupRefusedException {
        BackupManifest manifest = check(archive);
        lockForRestore();
        try {
            BackupRecord pre = run(insert(BackupType.PRE_RESTORE, null).orElseThrow().getId());
            if (pre.getStatus() != BackupStatus.VERIFIED) {
                throw new BackupRefusedException(500, "The current state could not be saved before the restore ("
                        + pre.getErrorDetail() + "); nothing was changed");
            }
            maintenance.restoreStarted();
            try {
                apply(archive);
            } catch (IOException | SQLException | CorruptArchiveException | RuntimeException e) {
                String reason = describe(e);
                LOG.log(Level.SEVERE, "Restore of " + name + " failed: " + reason + "; putting back backup " + pre.getFilename(), e);
                try {
                    apply(Path.of(pre.getLocalPath()));
                } catch (IOException | SQLException | CorruptArchiveException | RuntimeException rollback) {
                    LOG.log(Level.SEVERE, "Putting back " + pre.getFilename() + " failed", rollback);
                    throw new BackupRefusedException(500, "Restore failed: " + reason + ". Putting back the previous state"
                            + " failed too (" + describe(rollback) + "); restore backup " + pre.getId() + " ("
                            + pre.getFilename() + ") once the cause is fixed");
                }
                throw new BackupRefusedException(500, "Restore failed: " + reason + ". The previous state was put back from"
                        + " backup " + pre.getId() + " (" + pre.getFilename() + ")");
            } finally {
                maintenance.restoreEnded();
            }
            long documents = countDocuments();
            String schema = SchemaMigrator.status(dataSource).schemaVersion();
            applicationSettings.find(ApplicationSetting.INSTALLATION_ID).ifPresent(startup::markStarted);
            LOG.info(() -> "Restored " + name + ": " + documents + " documents, " + manifest.originalFiles() + " originals, "
                    + manifest.processedFiles() + " processed files; previous state kept as " + pre.getFilename());
            restored.fire(new BackupRestored(name, documents));
            return new RestoreResult(name, pre, manifest, documents, manifest.originalFiles(), manifest.processedFiles(), schema);
        } finally {
            operations.unlock();
        }
    }

    /** Verifies an archive against its manifest and this server without changing anything. */
    public BackupManifest check(Path archive) throws BackupRefusedException {
        BackupManifest manifest;
        try {
            manifest = BackupArchiveReader.verify(archive);
        } catch (CorruptArchiveException e) {
            throw new BackupRefusedException(422, "The archive cannot be restored: " + e.getMessage() + ". Nothing was changed.");
        }
        String kind = core.database().kind().label();
        if (!kind.equals(manifest.dbKind())) {
            throw new BackupRefusedException(400, "The archive holds a " + manifest.dbKind() + " database but this server"
                    + " runs on " + kind + ". Nothing was changed.");
        }
        String current = SchemaMigrator.status(dataSource).schemaVersion();
        if (compareVersions(manifest.schemaVersion(), current) > 0) {
            throw new BackupRefusedException(422, "The archive is from schema version " + manifest.schemaVersion()
                    + ", newer than this release's " + current + "; restore it with a newer DocuElevate. Nothing was changed.");
        }
        return manifest;
    }

    /** Compares Flyway versions such as {@code 5} and {@code 5.1}; a missing version is the oldest. */
    static int compareVersions(String left, String right) {
        int[] a = versionParts(left);
        int[] b = versionParts(right);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int[] versionParts(String version) {
        if (version == null || version.isBlank()) {
            return new int[0];
        }
        return Arrays.stream(version.split("[._]")).mapToInt(part -> {
            try {
                return Integer.parseInt(part.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }).toArray();
    }

    private Optional<BackupRecord> insert(BackupType type, String slot) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String filename = "backup_" + type.label() + "_" + now.format(NAME_TIME) + "_" + UUID.randomUUID().toString()
                .substring(0, 4) + ".zip";
        try {
            return Optional.of(records.insert(new BackupRecord(filename, type, backupDir().resolve(filename).toString(), slot,
                    nodeId)));
        } catch (RuntimeException e) {
            if (slot != null) {
                LOG.fine(() -> "schedule slot " + slot + " was taken by another replica");
                return Optional.empty();
            }
            throw e;
        }
    }

    private BackupRecord run(long id) {
        operations.lock();
        try {
            BackupRecord record = records.update(id, BackupRecord::markRunning).orElseThrow();
            Path target = Path.of(record.getLocalPath());
            Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
            long started = System.nanoTime();
            try {
                Files.createDirectories(target.getParent());
                boolean withFiles = record.getType() == BackupType.PRE_RESTORE || settings.backupIncludesFiles(record.getType());
                checkSpace(target.getParent(), withFiles);
                BackupManifest written = write(record.getType(), partial, withFiles);
                BackupManifest reread = BackupArchiveReader.verify(partial);
                if (!reread.entries().equals(written.entries())) {
                    throw new CorruptArchiveException("the archive read back differs from what was written");
                }
                long size = Files.size(partial);
                String checksum = sha256(partial);
                move(partial, target);
                long files = written.originalFiles() + written.processedFiles();
                BackupRecord verified = records.update(id, r -> r.markVerified(size, checksum, written.dbKind(),
                        written.schemaVersion(), written.installationId(), written.documents(), written.includesFiles(), files,
                        written.meilisearch().status(), written.meilisearch().taskUid())).orElseThrow();
                LOG.info(() -> "Backup " + verified.getFilename() + " verified: " + size + " bytes, " + written.documents()
                        + " documents, " + files + " files, in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                prune(List.of(record.getType()));
                return verified;
            } catch (IOException | SQLException | CorruptArchiveException | RuntimeException e) {
                deleteQuietly(partial);
                String detail = describe(e);
                LOG.log(Level.WARNING, "Backup " + record.getFilename() + " failed: " + detail, e);
                return records.update(id, r -> r.markFailed(detail)).orElseThrow();
            }
        } finally {
            operations.unlock();
        }
    }

    private BackupManifest write(BackupType type, Path partial, boolean withFiles)
            throws IOException, SQLException {
        DatabaseDump dump = dumps.current();
        String schema = SchemaMigrator.status(dataSource).schemaVersion();
        String installation = applicationSettings.find(ApplicationSetting.INSTALLATION_ID).orElse(startup.installationId());
        List<String> tables;
        long documents;
        try (Connection connection = dataSource.getConnection()) {
            tables = DatabaseDump.applicationTables(connection);
            documents = countDocuments(connection);
        }
        BackupManifest.Meilisearch meili = meilisearch.trigger();
        if ("failed".equals(meili.status())) {
            LOG.warning("Meilisearch dump for the backup failed (the backup goes on): " + meili.detail());
        }
        long[] counts = new long[2];
        Path scratch = partial.getParent();
        try (BackupArchiveWriter writer = new BackupArchiveWriter(partial)) {
            writer.entry(dump.entryName(), out -> {
                try {
                    dump.dump(tables, out, scratch);
                } catch (SQLException e) {
                    throw new IOException("database dump failed: " + e.getMessage(), e);
                }
            });
            if (withFiles) {
                counts[0] = addTree(writer, workdir.original(), ArchiveEntries.ORIGINAL_PREFIX);
                counts[1] = addTree(writer, workdir.processed(), ArchiveEntries.PROCESSED_PREFIX);
            }
            String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
            BackupManifest[] manifest = new BackupManifest[1];
            writer.finish(entries -> manifest[0] = new BackupManifest(BackupManifest.FORMAT_VERSION, now, type.label(),
                    core.version(), installation, dump.kind(), schema, dump.entryName(), tables, documents, withFiles,
                    counts[0], counts[1], meili, entries));
            return manifest[0];
        }
    }

    private static long addTree(BackupArchiveWriter writer, Path root, String prefix) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        long count = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            String name = prefix + relative;
            if (!ArchiveEntries.isAllowed(name)) {
                LOG.warning(() -> "Not backed up, unusual file name: " + name);
                continue;
            }
            try {
                writer.file(name, file);
                count++;
            } catch (NoSuchFileException gone) {
                LOG.fine(() -> name + " was deleted during the backup; left out");
            }
        }
        return count;
    }

    private void apply(Path archive) throws IOException, SQLException, CorruptArchiveException {
        Path staging = workdir.tmp().resolve("restore-" + UUID.randomUUID());
        Files.createDirectories(staging);
        try (BackupArchiveReader reader = BackupArchiveReader.open(archive)) {
            BackupManifest manifest = reader.manifest();
            Path original = staging.resolve("original");
            Path processed = staging.resolve("processed");
            Files.createDirectories(original);
            Files.createDirectories(processed);
            if (manifest.includesFiles()) {
                for (BackupManifest.Entry entry : manifest.entries()) {
                    Optional<String> relative = ArchiveEntries.relativeFilePath(entry.name());
                    if (relative.isEmpty()) {
                        continue;
                    }
                    Path base = entry.name().startsWith(ArchiveEntries.ORIGINAL_PREFIX) ? original : processed;
                    Path target = base.resolve(relative.get()).normalize();
                    if (!target.startsWith(base)) {
                        throw new CorruptArchiveException("entry " + entry.name() + " points outside its folder");
                    }
                    Files.createDirectories(target.getParent());
                    reader.extract(entry.name(), target);
                }
            }
            Path dumpFile = staging.resolve("database.dump");
            reader.extract(manifest.databaseEntry(), dumpFile);
            dumps.current().restore(dumpFile);
            SchemaMigrator.migrate(dataSource);
            if (manifest.includesFiles()) {
                markReadOnly(original);
                swap(original, workdir.original(), staging.resolve("replaced-original"));
                swap(processed, workdir.processed(), staging.resolve("replaced-processed"));
            }
        } finally {
            deleteTree(staging);
        }
    }

    /** Puts {@code staged} in place of {@code live} with two renames; the old folder goes to {@code replaced}. */
    private static void swap(Path staged, Path live, Path replaced) throws IOException {
        if (Files.exists(live)) {
            move(live, replaced);
        }
        move(staged, live);
    }

    private static void markReadOnly(Path originals) throws IOException {
        if (!originals.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (Stream<Path> walk = Files.walk(originals)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
            }
        }
    }

    private void checkSpace(Path directory, boolean withFiles) throws IOException {
        FileStore store = Files.getFileStore(directory);
        long needed = withFiles ? treeSize(workdir.original()) + treeSize(workdir.processed()) : 0;
        long minFree = settings.backupMinFreeBytes(store.getTotalSpace());
        long free = store.getUsableSpace();
        if (free - needed < minFree) {
            throw new IOException("not enough space in " + directory + ": " + free + " bytes free, the files alone need "
                    + needed + " and " + minFree + " must stay free (BACKUP_MIN_FREE_BYTES)");
        }
    }

    private List<Long> prune(List<BackupType> types) {
        Map<BackupType, Optional<Integer>> keep = new EnumMap<>(BackupType.class);
        types.forEach(type -> keep.put(type, settings.retain(type)));
        List<RetentionPolicy.Candidate> candidates = records.all().stream()
                .map(r -> new RetentionPolicy.Candidate(r.getId(), r.getType(), r.getStatus(), r.getCreatedAt())).toList();
        List<Long> deleted = new ArrayList<>();
        for (long id : RetentionPolicy.toPrune(candidates, keep)) {
            records.find(id).ifPresent(record -> {
                try {
                    deleteArchive(record);
                    records.delete(id);
                    deleted.add(id);
                    LOG.info(() -> "Retention removed backup " + record.getFilename());
                } catch (IOException | RuntimeException e) {
                    LOG.warning(() -> "Retention could not remove " + record.getFilename() + ": " + e.getMessage());
                }
            });
        }
        return deleted;
    }

    private List<Long> failInterrupted() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(STALE);
        List<Long> failed = new ArrayList<>();
        for (BackupRecord record : records.all()) {
            if (!record.getStatus().finished() && record.getCreatedAt().isBefore(before)) {
                records.update(record.getId(), r -> r.markFailed("interrupted: the server stopped during the backup"));
                failed.add(record.getId());
            }
        }
        return failed;
    }

    private void removeLeftovers() {
        Path directory = backupDir();
        if (!Files.isDirectory(directory)) {
            return;
        }
        long before = System.currentTimeMillis() - STALE.toMillis();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                if (Files.getLastModifiedTime(file).toMillis() < before) {
                    deleteTree(file);
                }
            }
        } catch (IOException e) {
            LOG.fine(() -> "cannot list " + directory + ": " + e.getMessage());
        }
    }

    private void lockForRestore() throws BackupRefusedException {
        try {
            if (!operations.tryLock(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BackupRefusedException(409, "A backup or restore is still running; try again when it has finished."
                        + " Nothing was changed.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupRefusedException(409, "Interrupted while waiting for a running backup; nothing was changed.");
        }
    }

    private long countDocuments() {
        try (Connection connection = dataSource.getConnection()) {
            return countDocuments(connection);
        } catch (SQLException e) {
            return -1;
        }
    }

    private static long countDocuments(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM files")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Path backupDir() {
        return settings.backupDir();
    }

    private void deleteArchive(BackupRecord record) throws IOException {
        if (record.getLocalPath() != null) {
            Files.deleteIfExists(Path.of(record.getLocalPath()));
        }
    }

    private static BackupRefusedException notFound(long id) {
        return new BackupRefusedException(404, "Backup " + id + " not found");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long treeSize(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).mapToLong(BackupService::size).sum();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.fine(() -> "cannot delete " + file + ": " + e.getMessage());
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
        }
    }

    /** A short, operator-readable reason; database URLs in it are masked. */
    static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof SQLException || e.getCause() instanceof SQLException) {
            message = "database error: " + message;
        }
        return DatabaseUrl.mask(message);
    }
}
