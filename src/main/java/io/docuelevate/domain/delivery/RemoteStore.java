package io.docuelevate.domain.delivery;

import java.nio.file.Path;
import java.util.List;

/**
 * A remote folder a document is delivered to or read from (a local or mounted folder, WebDAV, SFTP, FTP, S3, an
 * e-mail recipient, Paperless-ngx, Dropbox, Google Drive, OneDrive). One adapter per protocol; the pipeline, the
 * backups and the remote-folder sources see only this port. Every method fails with a {@link RemoteStoreException}
 * saying what went wrong in words a user can act on, and whether trying again later can help.
 */
public interface RemoteStore {

    /**
     * Stores {@code document} under {@code name} in the store's folder unless that name is taken there.
     *
     * @return {@code false}, with nothing written, when a file of that name exists already; stores that keep no
     *     names (e-mail, Paperless-ngx) always store and answer {@code true}
     */
    boolean putIfAbsent(String name, DeliveredDocument document) throws RemoteStoreException;

    /**
     * Stores {@code document} without ever overwriting: under its own name, or when taken under the first free
     * name of {@link RemoteNames#candidates}.
     *
     * @return the name it was stored under
     */
    default String put(DeliveredDocument document) throws RemoteStoreException {
        for (String candidate : RemoteNames.candidates(document.name())) {
            if (putIfAbsent(candidate, document)) {
                return candidate;
            }
        }
        throw new RemoteStoreException(
                "every name tried for " + document.name() + " is taken in the destination folder", false);
    }

    /** The files directly in the store's folder (not its subfolders). Stores that keep no files answer empty. */
    List<RemoteEntry> list() throws RemoteStoreException;

    /** Copies the file {@code name} of the store's folder to {@code target} (replacing it). */
    void get(String name, Path target) throws RemoteStoreException;

    /** Deletes the file {@code name} from the store's folder; a name that is not there is not an error. */
    void delete(String name) throws RemoteStoreException;

    /**
     * Checks that the store can be reached with its credentials and its folder written to, without leaving
     * anything behind.
     */
    void test() throws RemoteStoreException;
}
