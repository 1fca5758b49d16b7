package io.docuelevate.infrastructure.storage;

import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.infrastructure.config.CoreSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The work directory and its fixed layout (DESIGN.md §4): {@code original/} (immutable originals),
 * {@code tmp/}, {@code processed/}, {@code index/}, {@code db/}, {@code backups/}. The document folders
 * ({@link #original()}, {@link #tmp()}, {@link #processed()}) are those of {@link DocumentFiles}.
 */
@ApplicationScoped
public class Workdir implements DocumentFiles {

    public static final List<String> FOLDERS = List.of("original", "tmp", "processed", "index", "db", "backups");

    @Inject
    CoreSettings settings;

    @Override
    public Path root() {
        return settings.workdir();
    }

    @Override
    public void createLayout() throws IOException {
        for (String folder : FOLDERS) {
            Files.createDirectories(root().resolve(folder));
        }
    }

    /** Proves the work directory is writable by creating and removing a file in {@code tmp/}. */
    public void probeWritable() throws IOException {
        Path probe = Files.createTempFile(tmp(), ".health-", ".probe");
        Files.delete(probe);
    }

    public long usableBytes() throws IOException {
        return Files.getFileStore(root()).getUsableSpace();
    }
}
