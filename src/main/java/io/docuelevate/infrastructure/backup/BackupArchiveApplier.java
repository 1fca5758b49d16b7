package io.docuelevate.infrastructure.backup;

import io.docuelevate.infrastructure.persistence.SchemaMigrator;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Puts an archive's content in place: extracts the files into a staging folder (each entry checked
 * again), loads the database dump, migrates the schema to this release, and swaps the staged originals
 * and processed files in with two renames each.
 */
@ApplicationScoped
public class BackupArchiveApplier {

    @Inject
    DatabaseDumps dumps;

    @Inject
    Workdir workdir;

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    void apply(Path archive) throws IOException, SQLException, CorruptArchiveException {
        Path staging = workdir.tmp().resolve("restore-" + UUID.randomUUID());
        Files.createDirectories(staging);
        try (BackupArchiveReader reader = BackupArchiveReader.open(archive)) {
            BackupManifest manifest = reader.manifest();
            Path original = staging.resolve("original");
            Path processed = staging.resolve("processed");
            Files.createDirectories(original);
            Files.createDirectories(processed);
            if (manifest.includesFiles()) {
                extractFiles(reader, original, processed);
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
            BackupFiles.deleteTree(staging);
        }
    }

    private static void extractFiles(BackupArchiveReader reader, Path original, Path processed)
            throws IOException, CorruptArchiveException {
        for (BackupManifest.Entry entry : reader.manifest().entries()) {
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

    /** Puts {@code staged} in place of {@code live} with two renames; the old folder goes to {@code replaced}. */
    private static void swap(Path staged, Path live, Path replaced) throws IOException {
        if (Files.exists(live)) {
            BackupFiles.move(live, replaced);
        }
        BackupFiles.move(staged, live);
    }

    private static void markReadOnly(Path originals) throws IOException {
        if (!originals.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        for (Path file : BackupFiles.regularFiles(originals)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        }
    }
}
