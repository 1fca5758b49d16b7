package io.docuelevate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The e-mail destination of the reference ({@code DEST_EMAIL_*}): the SMTP server processed documents are mailed
 * through and the recipient they go to, plus our trust store for a server with a private CA (the IMAP pattern).
 */
@ApplicationScoped
public class EmailDestinationSettings {

    @Inject
    @ConfigProperty(name = "DEST_EMAIL_HOST")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "DEST_EMAIL_PORT")
    int port;

    @Inject
    @ConfigProperty(name = "DEST_EMAIL_USERNAME")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "DEST_EMAIL_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "DEST_EMAIL_USE_TLS")
    boolean useTls;

    @Inject
    @ConfigProperty(name = "DEST_EMAIL_SENDER")
    Optional<String> sender;

    @Inject
    @ConfigProperty(name = "DEST_EMAIL_DEFAULT_RECIPIENT")
    Optional<String> defaultRecipient;

    @Inject
    @ConfigProperty(name = "DEST_EMAIL_ENABLED")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "DEST_EMAIL_TRUSTSTORE_PATH")
    Optional<String> truststorePath;

    @Inject
    @ConfigProperty(name = "DEST_EMAIL_TRUSTSTORE_PASSWORD")
    Optional<String> truststorePassword;

    /** The SMTP host; empty means the destination is not configured. */
    public Optional<String> host() {
        return OptionalText.trimmed(host);
    }

    public int port() {
        if (port < 1 || port > 65535) {
            throw new InvalidConfigurationException("DEST_EMAIL_PORT must be between 1 and 65535, got " + port);
        }
        return port;
    }

    public Optional<String> username() {
        return OptionalText.trimmed(username);
    }

    public Optional<String> password() {
        return password.filter(s -> !s.isEmpty());
    }

    /** STARTTLS required (port 465 always speaks TLS from the first byte). */
    public boolean useTls() {
        return useTls;
    }

    public Optional<String> sender() {
        return OptionalText.trimmed(sender);
    }

    public Optional<String> defaultRecipient() {
        return OptionalText.trimmed(defaultRecipient);
    }

    public boolean enabled() {
        return enabled;
    }

    /** A trust store (PKCS12 or JKS) for the SMTP server instead of the JDK's CA certificates. */
    public Optional<Path> truststorePath() {
        return OptionalText.trimmed(truststorePath).map(Path::of);
    }

    public Optional<String> truststorePassword() {
        return truststorePassword;
    }
}
