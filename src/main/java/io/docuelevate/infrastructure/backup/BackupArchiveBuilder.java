package io.docuelevate.infrastructure.backup;

import io.docuelevate.domain.backup.BackupType;
import io.docuelevate.infrastructure.config.CoreSettings;
import io.docuelevate.infrastructure.persistence.SchemaMigrator;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes the content of one backup archive: the database dump of the application's tables, the work
 * directory's originals and processed files (when asked for), and the manifest naming the database kind,
 * schema version, installation, the Meilisearch dump and every entry's checksum.
 */
@ApplicationScoped
public class BackupArchiveBuilder {

    private static final Logger LOG = Logger.getLogger(BackupArchiveBuilder.class.getName());

    @Inject
    DatabaseDumps dumps;

    @Inject
    MeilisearchDumps meilisearch;

    @Inject
    CoreSettings core;

    @Inject
    Workdir workdir;

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    /** Writes the archive to {@code target} (which must not exist) and answers its manifest. */
    BackupManifest write(BackupType type, Path target, boolean withFiles, String installationId)
            throws IOException, SQLException {
        DatabaseDump dump = dumps.current();
        String schema = SchemaMigrator.status(dataSource).schemaVersion();
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
        Path scratch = target.getParent();
        try (BackupArchiveWriter writer = new BackupArchiveWriter(target)) {
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
            writer.finish(entries -> manifest[0] = new BackupManifest(
                    BackupManifest.FORMAT_VERSION,
                    now,
                    type.label(),
                    core.version(),
                    installationId,
                    dump.kind(),
                    schema,
                    dump.entryName(),
                    tables,
                    documents,
                    withFiles,
                    counts[0],
                    counts[1],
                    meili,
                    entries));
            return manifest[0];
        }
    }

    /** Bytes the files of a backup with files will take at most. */
    long filesSize() throws IOException {
        return BackupFiles.treeSize(workdir.original()) + BackupFiles.treeSize(workdir.processed());
    }

    static long countDocuments(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM files")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long addTree(BackupArchiveWriter writer, Path root, String prefix) throws IOException {
        long count = 0;
        for (Path file : BackupFiles.regularFiles(root)) {
            String name = prefix + root.relativize(file).toString().replace(File.separatorChar, '/');
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
}
