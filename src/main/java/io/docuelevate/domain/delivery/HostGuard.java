package io.docuelevate.domain.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Resolves the host a remote store connects to and says whether it may: a destination an administrator configured
 * through the environment is trusted ({@link #TRUSTED}, intranet servers are the common case), a host a user typed
 * into an integration must pass the same address rule as URL upload. Adapters connect to the address answered here,
 * never resolve the name a second time, so a DNS answer cannot change between the check and the connection.
 */
@FunctionalInterface
public interface HostGuard {

    /** Every host, resolved by the system resolver. */
    HostGuard TRUSTED = host -> {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new RemoteStoreException("unknown host " + host, true, e);
        }
    };

    /**
     * The address to connect to for {@code host}.
     *
     * @throws RemoteStoreException the host is unknown (transient) or refused (not transient; the message says why)
     */
    InetAddress resolve(String host) throws RemoteStoreException;
}
