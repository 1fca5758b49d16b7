package io.docuelevate.infrastructure.delivery.ftp;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where and as whom an {@link FtpStore} logs in. {@code useTls} asks for explicit FTPS; {@code allowPlaintext}
 * lets it continue over plain FTP when TLS cannot be negotiated; {@code truststore} replaces the JDK's CA
 * certificates for FTPS. {@code folder} empty means the login folder.
 */
public record FtpTarget(
        String host,
        int port,
        String username,
        String password,
        String folder,
        boolean useTls,
        boolean allowPlaintext,
        Optional<Path> truststore,
        String truststorePassword) {

    public FtpTarget {
        if (host.isBlank() || username.isBlank()) {
            throw new IllegalArgumentException("host and username are required");
        }
    }

    /** {@code host:port}, how the store names itself in messages. */
    public String label() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return "FtpTarget[" + username + "@" + label() + "/" + folder + "]";
    }
}
