package io.docuelevate.application.backup;

import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Port to where backup archives live ({@code BACKUP_DIR}): writing an archive (database dump, the work
 * directory's files, a manifest of checksums) and proving it readable, verifying an archive before a
 * restore, applying one (database and files swapped in), and the folder's housekeeping. The file-system
 * adapter is in {@code infrastructure/backup}.
 */
public interface BackupStore {

    /** The folder's file system: where it is, its size and the space still usable. */
    record Space(Path directory, long totalBytes, long freeBytes) {}

    /**
     * Writes the archive of a {@code type} backup to {@code target} (under a temporary name first), reads
     * it back against its manifest and only then gives it its name.
     */
    ArchiveSummary write(BackupType type, Path target, boolean withFiles, String installationId)
            throws BackupStoreException;

    /** Reads a whole archive and checks every entry against its manifest, changing nothing. */
    ArchiveSummary verify(Path archive) throws BackupStoreException;

    /** Replaces the database tables and (when the archive holds them) the originals and processed files. */
    void apply(Path archive) throws BackupStoreException;

    boolean isStored(BackupRecord record);

    /** Bytes of a stored archive; 0 when it cannot be read. */
    long storedSize(BackupRecord record);

    void deleteArchive(BackupRecord record) throws IOException;

    Space space() throws IOException;

    /** Removes temporary files (partial archives, uploads, staging folders) older than {@code age}. */
    void removeLeftovers(Duration age);

    /** Stores an uploaded archive under a temporary name in the backup folder; a broken-off upload leaves nothing. */
    Path receiveUpload(InputStream content) throws IOException;

    /** Removes an upload received with {@link #receiveUpload}; a left-over one goes with the next cleanup. */
    void discardUpload(Path upload);
}
