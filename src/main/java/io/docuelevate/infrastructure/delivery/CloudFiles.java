package io.docuelevate.infrastructure.delivery;

import io.docuelevate.domain.delivery.RemoteStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import okhttp3.Response;

/** The local side of the cloud stores' transfers: the size of a file to send, a received file saved in place. */
public final class CloudFiles {

    private CloudFiles() {}

    /** The size of the file to upload; a file that cannot be read is not a transient failure. */
    public static long size(String store, Path file) throws RemoteStoreException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new RemoteStoreException(store + ": cannot read " + file.getFileName() + " to upload it", false, e);
        }
    }

    /** Writes the answer's body to {@code target}, replacing it; a broken transfer is transient. */
    public static void save(String store, String name, Response response, Path target) throws RemoteStoreException {
        try (InputStream in = response.body().byteStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RemoteStoreException(store + ": download of " + name + " failed: " + e.getMessage(), true, e);
        }
    }

    /** A name a store can take as one file name in its folder: not empty and without a path separator. */
    public static String plainName(String store, String name) throws RemoteStoreException {
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw new RemoteStoreException(store + ": '" + name + "' is not a file name", false);
        }
        return name;
    }
}
