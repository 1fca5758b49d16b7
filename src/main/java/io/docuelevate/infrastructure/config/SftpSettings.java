package io.docuelevate.infrastructure.config;

import io.docuelevate.infrastructure.delivery.IntegrationValues;
import io.docuelevate.infrastructure.delivery.sftp.SftpHostKeys;
import io.docuelevate.infrastructure.delivery.sftp.SftpTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SFTP destination's settings: the reference's {@code SFTP_*} variables plus ours, {@code SFTP_KNOWN_HOSTS}
 * (the OpenSSH known_hosts file host keys are checked against; without it every host key is refused unless
 * verification is turned off).
 */
@ApplicationScoped
public class SftpSettings {

    @Inject
    @ConfigProperty(name = "SFTP_HOST")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "SFTP_PORT")
    int port;

    @Inject
    @ConfigProperty(name = "SFTP_USERNAME")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "SFTP_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "SFTP_FOLDER")
    Optional<String> folder;

    @Inject
    @ConfigProperty(name = "SFTP_PRIVATE_KEY")
    Optional<String> privateKey;

    @Inject
    @ConfigProperty(name = "SFTP_PRIVATE_KEY_PASSPHRASE")
    Optional<String> privateKeyPassphrase;

    @Inject
    @ConfigProperty(name = "SFTP_DISABLE_HOST_KEY_VERIFICATION")
    boolean disableHostKeyVerification;

    @Inject
    @ConfigProperty(name = "SFTP_KNOWN_HOSTS")
    Optional<String> knownHosts;

    @Inject
    @ConfigProperty(name = "SFTP_ENABLED")
    boolean enabled;

    /** The destination when enabled and host, user name and a password or private key are set. */
    public Optional<SftpTarget> target() {
        String h = host.map(String::strip).orElse("");
        String user = username.map(String::strip).orElse("");
        String secret = password.orElse("");
        String key = privateKey.map(String::strip).orElse("");
        if (!enabled || h.isEmpty() || user.isEmpty() || (secret.isEmpty() && key.isEmpty())) {
            return Optional.empty();
        }
        try {
            IntegrationValues.checkedPort("SFTP_PORT", port);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(e.getMessage());
        }
        return Optional.of(new SftpTarget(
                h, port, user, secret, key, privateKeyPassphrase.orElse(""), folder.orElse(""), hostKeys()));
    }

    /** How host keys are checked: {@code SFTP_KNOWN_HOSTS}, or not at all when verification is turned off. */
    public SftpHostKeys hostKeys() {
        if (disableHostKeyVerification) {
            return SftpHostKeys.unchecked();
        }
        return SftpHostKeys.knownHosts(
                knownHosts.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of));
    }
}
