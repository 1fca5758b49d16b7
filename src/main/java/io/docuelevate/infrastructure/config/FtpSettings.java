package io.docuelevate.infrastructure.config;

import io.docuelevate.infrastructure.delivery.IntegrationValues;
import io.docuelevate.infrastructure.delivery.ftp.FtpTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The FTP/FTPS destination's settings: the reference's {@code FTP_*} variables plus ours,
 * {@code FTP_TRUSTSTORE_PATH} and {@code FTP_TRUSTSTORE_PASSWORD} (a PKCS12 or JKS trust store for FTPS servers
 * instead of the JDK's CA certificates; also used by users' FTP integrations).
 */
@ApplicationScoped
public class FtpSettings {

    @Inject
    @ConfigProperty(name = "FTP_HOST")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "FTP_PORT")
    int port;

    @Inject
    @ConfigProperty(name = "FTP_USERNAME")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "FTP_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "FTP_FOLDER")
    Optional<String> folder;

    @Inject
    @ConfigProperty(name = "FTP_USE_TLS")
    boolean useTls;

    @Inject
    @ConfigProperty(name = "FTP_ALLOW_PLAINTEXT")
    boolean allowPlaintext;

    @Inject
    @ConfigProperty(name = "FTP_ENABLED")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "FTP_TRUSTSTORE_PATH")
    Optional<String> truststorePath;

    @Inject
    @ConfigProperty(name = "FTP_TRUSTSTORE_PASSWORD")
    Optional<String> truststorePassword;

    /** The destination when enabled and host and user name are set. */
    public Optional<FtpTarget> target() {
        String h = host.map(String::strip).orElse("");
        String user = username.map(String::strip).orElse("");
        if (!enabled || h.isEmpty() || user.isEmpty()) {
            return Optional.empty();
        }
        try {
            IntegrationValues.checkedPort("FTP_PORT", port);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(e.getMessage());
        }
        return Optional.of(new FtpTarget(
                h,
                port,
                user,
                password.orElse(""),
                folder.orElse(""),
                useTls,
                allowPlaintext,
                truststore(),
                truststorePassword()));
    }

    public Optional<Path> truststore() {
        return truststorePath.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
    }

    public String truststorePassword() {
        return truststorePassword.orElse("");
    }
}
