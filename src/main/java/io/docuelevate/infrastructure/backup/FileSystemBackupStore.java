package io.docuelevate.infrastructure.backup;

import io.docuelevate.application.backup.ArchiveSummary;
import io.docuelevate.application.backup.BackupSettings;
import io.docuelevate.application.backup.BackupStore;
import io.docuelevate.application.backup.BackupStoreException;
import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * {@link BackupStore} in {@code BACKUP_DIR}: an archive is written under a hidden {@code .partial} name,
 * re-read and checked against its manifest, and only then renamed to its own name, so a file with a
 * backup's name is always complete. Temporary files start with a dot and are removed when stale.
 */
@ApplicationScoped
public class FileSystemBackupStore implements BackupStore {

    private static final Logger LOG = Logger.getLogger(FileSystemBackupStore.class.getName());

    @Inject
    BackupSettings settings;

    @Inject
    BackupArchiveBuilder builder;

    @Inject
    BackupArchiveApplier applier;

    @Inject
    JdbcBackupDatabase database;

    @Override
    public ArchiveSummary write(BackupType type, Path target, boolean withFiles, String installationId)
            throws BackupStoreException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            checkSpace(target.getParent(), withFiles);
            BackupManifest written = builder.write(type, partial, withFiles, installationId);
            BackupManifest reread = BackupArchiveReader.verify(partial);
            if (!reread.entries().equals(written.entries())) {
                throw new CorruptArchiveException("the archive read back differs from what was written");
            }
            long size = Files.size(partial);
            String checksum = BackupFiles.sha256(partial);
            BackupFiles.move(partial, target);
            return summary(written, size, checksum);
        } catch (IOException | SQLException | CorruptArchiveException | RuntimeException e) {
            deleteQuietly(partial);
            throw new BackupStoreException(database.describe(e), e);
        }
    }

    @Override
    public ArchiveSummary verify(Path archive) throws BackupStoreException {
        try {
            return summary(BackupArchiveReader.verify(archive), BackupFiles.size(archive), null);
        } catch (CorruptArchiveException e) {
            throw new BackupStoreException(e.getMessage(), e);
        }
    }

    @Override
    public void apply(Path archive) throws BackupStoreException {
        try {
            applier.apply(archive);
        } catch (IOException | SQLException | CorruptArchiveException | RuntimeException e) {
            throw new BackupStoreException(database.describe(e), e);
        }
    }

    @Override
    public boolean isStored(BackupRecord record) {
        return record.getLocalPath() != null && Files.isRegularFile(Path.of(record.getLocalPath()));
    }

    @Override
    public long storedSize(BackupRecord record) {
        return record.getLocalPath() == null ? 0 : BackupFiles.size(Path.of(record.getLocalPath()));
    }

    @Override
    public void deleteArchive(BackupRecord record) throws IOException {
        if (record.getLocalPath() != null) {
            Files.deleteIfExists(Path.of(record.getLocalPath()));
        }
    }

    @Override
    public Space space() throws IOException {
        Path directory = settings.backupDir();
        FileStore store = Files.getFileStore(directory);
        return new Space(directory, store.getTotalSpace(), store.getUsableSpace());
    }

    @Override
    public void removeLeftovers(Duration age) {
        Path directory = settings.backupDir();
        if (!Files.isDirectory(directory)) {
            return;
        }
        long before = System.currentTimeMillis() - age.toMillis();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file :
                    list.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                if (Files.getLastModifiedTime(file).toMillis() < before) {
                    BackupFiles.deleteTree(file);
                }
            }
        } catch (IOException e) {
            LOG.fine(() -> "cannot list " + directory + ": " + e.getMessage());
        }
    }

    @Override
    public Path receiveUpload(InputStream content) throws IOException {
        Path directory = settings.backupDir();
        Files.createDirectories(directory);
        Path target = directory.resolve(".upload-" + UUID.randomUUID() + ".zip");
        try {
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
        return target;
    }

    @Override
    public void discardUpload(Path upload) {
        deleteQuietly(upload);
    }

    private void checkSpace(Path directory, boolean withFiles) throws IOException {
        FileStore store = Files.getFileStore(directory);
        long needed = withFiles ? builder.filesSize() : 0;
        long minFree = settings.backupMinFreeBytes(store.getTotalSpace());
        long free = store.getUsableSpace();
        if (free - needed < minFree) {
            throw new IOException(
                    "not enough space in " + directory + ": " + free + " bytes free, the files alone need " + needed
                            + " and " + minFree + " must stay free (BACKUP_MIN_FREE_BYTES)");
        }
    }

    private static ArchiveSummary summary(BackupManifest manifest, long size, String sha256) {
        return new ArchiveSummary(
                manifest.createdAt(),
                manifest.installationId(),
                manifest.dbKind(),
                manifest.schemaVersion(),
                manifest.tables(),
                manifest.documents(),
                manifest.includesFiles(),
                manifest.originalFiles(),
                manifest.processedFiles(),
                manifest.meilisearch().status(),
                manifest.meilisearch().taskUid(),
                size,
                sha256);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.fine(() -> "cannot delete " + file + ": " + e.getMessage());
        }
    }
}
