package io.docuelevate.infrastructure.delivery;

import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the file-server adapters (SFTP, FTP) share: the address from the store's {@link HostGuard}, file names
 * checked to stay in the store's folder, the folder split into the steps a {@code mkdir -p} creates, and downloads
 * that replace their local target only once complete.
 */
public final class FileServers {

    private FileServers() {}

    /** What writes a remote file's content to a local stream. */
    @FunctionalInterface
    public interface Download {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The address to connect to for {@code host}; a refusal or an unknown host names the {@code store}. */
    public static InetAddress address(String store, HostGuard hosts, String host) throws RemoteStoreException {
        try {
            return hosts.resolve(host);
        } catch (RemoteStoreException e) {
            throw new RemoteStoreException(store + ": " + e.getMessage(), e.isTransient(), e);
        }
    }

    /**
     * {@code name} when it is a plain file name; a name with a slash, a backslash, a control character or a name
     * like {@code ..} would leave the folder and is refused (not transient).
     */
    public static String fileName(String store, String name) throws RemoteStoreException {
        if (name == null
                || name.isBlank()
                || name.equals(".")
                || name.equals("..")
                || name.chars().anyMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f)) {
            throw new RemoteStoreException(store + ": '" + name + "' is not a plain file name", false);
        }
        return name;
    }

    /** The folder as configured, without surrounding blanks and trailing slashes ({@code /} stays {@code /}). */
    public static String folder(String folder) {
        String f = folder == null ? "" : folder.strip().replace('\\', '/');
        while (f.length() > 1 && f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        return f;
    }

    /** {@code name} inside {@code folder} ({@code name} alone when the folder is the login folder, empty). */
    public static String join(String folder, String name) {
        if (folder.isEmpty()) {
            return name;
        }
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    /** The folders {@code mkdir -p folder} would create, outermost first: {@code a/b} gives {@code a}, {@code a/b}. */
    public static List<String> steps(String folder) {
        List<String> steps = new ArrayList<>();
        StringBuilder path = new StringBuilder(folder.startsWith("/") ? "/" : "");
        for (String part : folder.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (path.length() > 0 && path.charAt(path.length() - 1) != '/') {
                path.append('/');
            }
            path.append(part);
            steps.add(path.toString());
        }
        return steps;
    }

    /** Writes a download to a temporary file beside {@code target} and moves it over {@code target} when complete. */
    public static void replace(Path target, Download download) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, ".download-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                download.writeTo(out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
