package io.docuelevate.infrastructure.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's host name, as the replicas' workers and heartbeats name themselves; "unknown" when it has none. */
public final class LocalHost {

    private LocalHost() {}

    public static String name() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
