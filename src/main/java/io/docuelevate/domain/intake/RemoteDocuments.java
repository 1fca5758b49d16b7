package io.docuelevate.domain.intake;

import java.net.URI;

/**
 * Port: fetches a document from an http or https URL for the server, through the SSRF guard
 * ({@link TargetAddresses}) on the first request, on every redirect and on the address actually connected to.
 */
public interface RemoteDocuments {

    /**
     * Opens the document at {@code url}, following redirects (each checked); the caller reads and closes it.
     *
     * @throws RemoteFetchException the target is refused, unreachable, too slow, or answered an error status
     */
    RemoteDocument fetch(URI url);
}
