package io.docuelevate.infrastructure.delivery.ftp;

import static io.docuelevate.infrastructure.delivery.IntegrationValues.flag;
import static io.docuelevate.infrastructure.delivery.IntegrationValues.optional;
import static io.docuelevate.infrastructure.delivery.IntegrationValues.port;
import static io.docuelevate.infrastructure.delivery.IntegrationValues.required;

import io.docuelevate.application.delivery.DeliveryOptions;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.infrastructure.config.FtpSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Makes FTP/FTPS stores: the {@code FTP_*} destination and users' {@code FTP} integrations (config {@code host},
 * {@code port}, {@code username}, {@code folder}, {@code use_tls}, {@code allow_plaintext}; credential
 * {@code password}), which trust what {@code FTP_TRUSTSTORE_PATH} trusts.
 */
@ApplicationScoped
public class FtpStoreProvider implements RemoteStoreProvider {

    @Inject
    FtpSettings settings;

    @Inject
    DeliveryOptions options;

    @Override
    public String name() {
        return "ftp";
    }

    @Override
    public String integrationType() {
        return "FTP";
    }

    @Override
    public Optional<RemoteStore> configured() {
        return settings.target().map(target -> new FtpStore(target, HostGuard.TRUSTED, options.timeout()));
    }

    @Override
    public RemoteStore forIntegration(Map<String, String> config, Map<String, String> credentials, HostGuard hosts) {
        FtpTarget target = new FtpTarget(
                required(config, "host"),
                port(config, "port", 21),
                required(config, "username"),
                credentials.getOrDefault("password", ""),
                optional(config, "folder"),
                flag(config, "use_tls", true),
                flag(config, "allow_plaintext", true),
                settings.truststore(),
                settings.truststorePassword());
        return new FtpStore(target, hosts, options.timeout());
    }
}
