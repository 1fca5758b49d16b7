package io.docuelevate.application.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a user may watch: only strictly inside one of the roots {@code USER_WATCH_FOLDER_ROOTS} names. The
 * requested path is first checked as written (so the answer tells nothing about paths elsewhere on the server),
 * then resolved with every symbolic link followed and checked again, so a link inside a root that points out of
 * it is refused. Checked when an integration is saved and again before every scan.
 */
public final class UserFolderPolicy {

    static final String OUTSIDE = "config.path must be a folder inside one of the roots the administrator allows"
            + " (USER_WATCH_FOLDER_ROOTS); symbolic links are resolved";

    private UserFolderPolicy() {}

    /** The real path of the folder the user may watch, or an {@link IntegrationException} (422) saying why not. */
    public static Path resolve(String requested, List<Path> roots) {
        if (roots.isEmpty()) {
            throw IntegrationException.invalid("per-user watch folders are disabled on this server:"
                    + " an administrator must set USER_WATCH_FOLDER_ROOTS first");
        }
        if (requested == null || requested.isBlank()) {
            throw IntegrationException.invalid("config.path is required: the absolute path of the folder to watch");
        }
        Path path;
        try {
            path = Path.of(requested.trim());
        } catch (InvalidPathException e) {
            throw IntegrationException.invalid("config.path is not a valid path");
        }
        if (!path.isAbsolute()) {
            throw IntegrationException.invalid("config.path must be an absolute path, got '" + requested + "'");
        }
        Path normal = path.normalize();
        if (roots.stream()
                .noneMatch(root -> strictlyInside(normal, root.toAbsolutePath().normalize()))) {
            throw IntegrationException.invalid(OUTSIDE);
        }
        Path real;
        try {
            real = normal.toRealPath();
        } catch (NoSuchFileException e) {
            throw IntegrationException.invalid("config.path '" + requested + "' does not exist");
        } catch (IOException | SecurityException e) {
            throw IntegrationException.invalid("config.path '" + requested + "' cannot be resolved");
        }
        if (roots.stream().noneMatch(root -> strictlyInside(real, realOrNull(root)))) {
            throw IntegrationException.invalid(OUTSIDE);
        }
        if (!Files.isDirectory(real)) {
            throw IntegrationException.invalid("config.path '" + requested + "' is not a folder");
        }
        return real;
    }

    private static boolean strictlyInside(Path path, Path root) {
        return root != null && path.startsWith(root) && !path.equals(root);
    }

    private static Path realOrNull(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
