package io.docuelevate.infrastructure.delivery.sftp;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * Which SSH host keys an {@link SftpStore} accepts, so a server impersonating the destination never receives the
 * password or the documents: the keys an OpenSSH {@code known_hosts} file lists for the host name
 * ({@code SFTP_KNOWN_HOSTS}), one pinned key (an integration's {@code host_key}: a public key line or a
 * {@code SHA256:} fingerprint), or, only when an administrator turns verification off, any key.
 */
public final class SftpHostKeys {

    private static final Logger LOG = Logger.getLogger(SftpHostKeys.class.getName());
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static final String SHA256 = "SHA256:";

    private final Optional<Path> knownHosts;
    private final String pinned;
    private final boolean unchecked;

    private SftpHostKeys(Optional<Path> knownHosts, String pinned, boolean unchecked) {
        this.knownHosts = knownHosts;
        this.pinned = pinned;
        this.unchecked = unchecked;
    }

    /** The keys an OpenSSH known_hosts file lists; without a file every key is refused. */
    public static SftpHostKeys knownHosts(Optional<Path> file) {
        return new SftpHostKeys(file, "", false);
    }

    /**
     * Exactly one key: an OpenSSH public key line ({@code ssh-ed25519 AAAA… comment}) or its fingerprint
     * ({@code SHA256:…}).
     *
     * @throws IllegalArgumentException {@code hostKey} is neither
     */
    public static SftpHostKeys pinned(String hostKey) {
        String key = hostKey.strip();
        if (!key.startsWith(SHA256)) {
            try {
                AuthorizedKeyEntry.parseAuthorizedKeyEntry(key).resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                throw new IllegalArgumentException(
                        "host_key must be an OpenSSH public key line or a SHA256: fingerprint");
            }
        }
        return new SftpHostKeys(Optional.empty(), key, false);
    }

    /** Any key: host-key verification turned off ({@code SFTP_DISABLE_HOST_KEY_VERIFICATION=true}). */
    public static SftpHostKeys unchecked() {
        return new SftpHostKeys(Optional.empty(), "", true);
    }

    /** Whether every key is accepted. */
    public boolean isUnchecked() {
        return unchecked;
    }

    /** A verifier for one connection to {@code host}; it remembers the key it refused, for the failure message. */
    Verifier verifier(String host, int port) {
        if (unchecked && WARNED.compareAndSet(false, true)) {
            LOG.warning("SFTP host-key verification is turned off: a server impersonating the destination would "
                    + "receive the credentials and documents. Set SFTP_KNOWN_HOSTS instead.");
        }
        return new Verifier(host, port);
    }

    /** Checks the key a server presents during one connection. */
    final class Verifier implements ServerKeyVerifier {
        private final String host;
        private final int port;
        private volatile String refused;
        private volatile String problem;

        private Verifier(String host, int port) {
            this.host = host;
            this.port = port;
        }

        @Override
        public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey key) {
            if (unchecked) {
                return true;
            }
            boolean accepted;
            try {
                accepted = pinned.isEmpty() ? known(key) : matchesPinned(key);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                problem =
                        "the known hosts file " + knownHosts.map(Path::toString).orElse("") + " cannot be read ("
                                + e.getClass().getSimpleName() + ")";
                accepted = false;
            }
            if (!accepted) {
                refused = KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
            }
            return accepted;
        }

        private boolean matchesPinned(PublicKey key) throws IOException, GeneralSecurityException {
            if (pinned.startsWith(SHA256)) {
                return stripPadding(pinned).equals(stripPadding(KeyUtils.getFingerPrint(BuiltinDigests.sha256, key)));
            }
            PublicKey expected = AuthorizedKeyEntry.parseAuthorizedKeyEntry(pinned)
                    .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
            return KeyUtils.compareKeys(expected, key);
        }

        private boolean known(PublicKey key) throws IOException, GeneralSecurityException {
            if (knownHosts.isEmpty()) {
                return false;
            }
            List<KnownHostEntry> entries = KnownHostEntry.readKnownHostEntries(knownHosts.get());
            boolean match = false;
            for (KnownHostEntry entry : entries) {
                if (!entry.isHostMatch(host, port) || entry.getKeyEntry() == null) {
                    continue;
                }
                PublicKey listed = entry.getKeyEntry().resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
                if (listed == null || !KeyUtils.compareKeys(listed, key)) {
                    continue;
                }
                String marker = entry.getMarker();
                if ("revoked".equals(marker)) {
                    return false;
                }
                match |= marker == null || marker.isEmpty();
            }
            return match;
        }

        /** Why the key was refused ("host key SHA256:… of host is not trusted: …"), empty when it was not. */
        Optional<String> refusal() {
            if (refused == null) {
                return Optional.empty();
            }
            String why = problem != null
                    ? problem
                    : pinned.isEmpty()
                            ? "add it to the known hosts file (SFTP_KNOWN_HOSTS"
                                    + knownHosts.map(p -> " = " + p).orElse(" is not set") + ")"
                            : "it is not the integration's host_key";
            return Optional.of("host key " + refused + " of " + host + " is not trusted: " + why);
        }
    }

    private static String stripPadding(String fingerprint) {
        return fingerprint.replaceAll("=+$", "");
    }
}
