package io.docuelevate.infrastructure.delivery;

import io.docuelevate.domain.delivery.RemoteStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Writes the answer's body to {@code target}, replacing it only when complete; a broken transfer is transient. */
    public static void save(String store, String name, Response response, Path target) throws RemoteStoreException {
        try (InputStream in = response.body().byteStream()) {
            FileServers.replace(target, in::transferTo);
        } catch (IOException e) {
            throw new RemoteStoreException(store + ": download of " + name + " failed: " + e.getMessage(), true, e);
        }
    }
}
