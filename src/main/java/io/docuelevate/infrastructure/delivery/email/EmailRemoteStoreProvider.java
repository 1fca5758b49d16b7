package io.docuelevate.infrastructure.delivery.email;

import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.infrastructure.config.DeliverySettings;
import io.docuelevate.infrastructure.config.EmailDestinationSettings;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import io.docuelevate.infrastructure.mail.MailTrust;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code email} destination ({@code EMAIL} integrations): the reference's {@code DEST_EMAIL_*} variables, or a
 * user's integration with config {@code host, port, username, sender, recipient, use_tls} and credential
 * {@code password}. Environment destinations may use {@code DEST_EMAIL_TRUSTSTORE_PATH}; integrations trust the
 * JDK's CA certificates.
 */
@ApplicationScoped
public class EmailRemoteStoreProvider implements RemoteStoreProvider {

    @Inject
    DeliverySettings delivery;

    @Inject
    EmailDestinationSettings settings;

    @Override
    public String name() {
        return "email";
    }

    @Override
    public String integrationType() {
        return "EMAIL";
    }

    @Override
    public Optional<RemoteStore> configured() {
        Optional<String> host = settings.host();
        if (host.isEmpty() || !settings.enabled()) {
            return Optional.empty();
        }
        String recipient = settings.defaultRecipient()
                .orElseThrow(() -> new InvalidConfigurationException(
                        "DEST_EMAIL_DEFAULT_RECIPIENT is required when DEST_EMAIL_HOST is set"));
        String sender = settings.sender()
                .or(settings::username)
                .orElseThrow(() -> new InvalidConfigurationException(
                        "DEST_EMAIL_SENDER is required when DEST_EMAIL_HOST is set without DEST_EMAIL_USERNAME"));
        SmtpDestination destination = new SmtpDestination(
                host.get(),
                settings.port(),
                SmtpDestination.Security.of(settings.port(), settings.useTls()),
                settings.username().orElse(""),
                settings.password().orElse(""),
                sender,
                recipient);
        return Optional.of(new SmtpRemoteStore(
                destination,
                HostGuard.TRUSTED,
                MailTrust.create(
                        "DEST_EMAIL_TRUSTSTORE_PATH", settings.truststorePath(), settings.truststorePassword()),
                delivery.timeout()));
    }

    @Override
    public RemoteStore forIntegration(Map<String, String> config, Map<String, String> credentials, HostGuard hosts) {
        return new SmtpRemoteStore(
                destination(config, credentials),
                hosts,
                MailTrust.create("a trust store", Optional.empty(), Optional.empty()),
                delivery.timeout());
    }

    static SmtpDestination destination(Map<String, String> config, Map<String, String> credentials) {
        String host = required(config, "host");
        int port = port(config.get("port"));
        String useTls = text(config, "use_tls").orElse("true").toLowerCase(Locale.ROOT);
        if (!useTls.equals("true") && !useTls.equals("false")) {
            throw new IllegalArgumentException("use_tls must be true or false, got '" + useTls + "'");
        }
        String username = text(config, "username").orElse("");
        String sender = text(config, "sender")
                .or(() -> Optional.of(username).filter(u -> !u.isEmpty()))
                .orElseThrow(() -> new IllegalArgumentException("sender is required (or a username to send as)"));
        return new SmtpDestination(
                host,
                port,
                SmtpDestination.Security.of(port, Boolean.parseBoolean(useTls)),
                username,
                Optional.ofNullable(credentials.get("password")).orElse(""),
                sender,
                required(config, "recipient"));
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return 587;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("port must be a number between 1 and 65535, got '" + value + "'");
    }

    private static String required(Map<String, String> config, String key) {
        return text(config, key).orElseThrow(() -> new IllegalArgumentException(key + " is required"));
    }

    private static Optional<String> text(Map<String, String> config, String key) {
        return Optional.ofNullable(config.get(key)).map(String::trim).filter(s -> !s.isEmpty());
    }
}
