package io.docuelevate.infrastructure.readiness;

import io.docuelevate.application.readiness.ReadinessSnapshot;
import io.docuelevate.application.readiness.StorageFacts;
import io.docuelevate.infrastructure.config.OperationsSettings;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link StorageFacts} of {@code WORKDIR}: writable, not under a temporary folder, on a mount of its own, free space. */
@ApplicationScoped
public class WorkdirStorageFacts implements StorageFacts {

    @Inject
    Workdir workdir;

    @Inject
    OperationsSettings operations;

    @Override
    public ReadinessSnapshot.Storage storage() {
        Path root = workdir.root();
        String path = root.toString();
        boolean underTmp = root.startsWith("/tmp")
                || root.startsWith("/var/tmp")
                || root.startsWith(Path.of(System.getProperty("java.io.tmpdir"))
                        .toAbsolutePath()
                        .normalize());
        try {
            workdir.probeWritable();
            FileStore store = Files.getFileStore(root);
            boolean ownMount = !store.equals(
                    Files.getFileStore(Path.of(System.getProperty("user.dir")).toAbsolutePath()));
            return new ReadinessSnapshot.Storage(
                    path,
                    true,
                    null,
                    underTmp,
                    store.getUsableSpace(),
                    operations.workdirMinFreeBytes(),
                    ownMount,
                    store.toString());
        } catch (IOException | RuntimeException e) {
            return new ReadinessSnapshot.Storage(
                    path,
                    false,
                    e.getClass().getSimpleName() + " " + e.getMessage(),
                    underTmp,
                    0,
                    operations.workdirMinFreeBytes(),
                    false,
                    "");
        }
    }
}
