package io.docuelevate.infrastructure.delivery.local;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A folder of this machine, usually a mounted share (NFS, SMB). A file is copied to a hidden temporary name in the
 * folder and then given its name with a hard link, which fails when the name exists, so nothing is overwritten and
 * no reader sees a half-written file. Where the file system has no hard links (some SMB mounts) the rename checks
 * for the name first; a file appearing between that check and the rename could then be replaced.
 */
public final class LocalFolderStore implements RemoteStore {

    private final Path folder;

    public LocalFolderStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public boolean putIfAbsent(String name, DeliveredDocument document) throws RemoteStoreException {
        Path target = inFolder(name);
        Path partial = folder.resolve("." + name + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(folder);
            if (Files.exists(target)) {
                return false;
            }
            Files.copy(document.file(), partial);
            try {
                Files.createLink(target, partial);
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | IOException noLinks) {
                if (Files.exists(target)) {
                    return false;
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return true;
        } catch (IOException e) {
            throw failure("cannot write " + name, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                partial.toFile().deleteOnExit();
            }
        }
    }

    @Override
    public List<RemoteEntry> list() throws RemoteStoreException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RemoteEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !name.startsWith(".")) {
                    entries.add(new RemoteEntry(
                            name,
                            Files.size(file),
                            Files.getLastModifiedTime(file).toInstant()));
                }
            }
            return entries;
        } catch (IOException e) {
            throw failure("cannot list the folder", e);
        }
    }

    @Override
    public void get(String name, Path target) throws RemoteStoreException {
        try {
            Files.copy(inFolder(name), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw new RemoteStoreException(label() + ": no file " + name, false, e);
        } catch (IOException e) {
            throw failure("cannot read " + name, e);
        }
    }

    @Override
    public void delete(String name) throws RemoteStoreException {
        try {
            Files.deleteIfExists(inFolder(name));
        } catch (IOException e) {
            throw failure("cannot delete " + name, e);
        }
    }

    @Override
    public void test() throws RemoteStoreException {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".docuelevate-test-", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw failure("the folder cannot be written", e);
        }
    }

    /** A plain file name inside the folder; anything with a path separator or {@code ..} is refused. */
    private Path inFolder(String name) throws RemoteStoreException {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
            throw new RemoteStoreException(label() + ": '" + name + "' is not a plain file name", false);
        }
        return folder.resolve(name);
    }

    private RemoteStoreException failure(String what, IOException e) {
        String cause = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " " + e.getMessage();
        return new RemoteStoreException(label() + ": " + what + " (" + cause + ")", false, e);
    }

    private String label() {
        return "Local folder " + folder;
    }
}
