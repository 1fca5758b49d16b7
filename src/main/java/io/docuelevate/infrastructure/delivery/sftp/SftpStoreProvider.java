package io.docuelevate.infrastructure.delivery.sftp;

import static io.docuelevate.infrastructure.delivery.IntegrationValues.flag;
import static io.docuelevate.infrastructure.delivery.IntegrationValues.optional;
import static io.docuelevate.infrastructure.delivery.IntegrationValues.port;
import static io.docuelevate.infrastructure.delivery.IntegrationValues.required;

import io.docuelevate.application.delivery.DeliveryOptions;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.infrastructure.config.SftpSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Makes SFTP stores: the {@code SFTP_*} destination and users' {@code SFTP} integrations (config {@code host},
 * {@code port}, {@code username}, {@code folder}, {@code host_key}, {@code disable_host_key_verification};
 * credentials {@code password}, {@code private_key}, {@code private_key_passphrase}). An integration without
 * {@code host_key} is checked against {@code SFTP_KNOWN_HOSTS}.
 */
@ApplicationScoped
public class SftpStoreProvider implements RemoteStoreProvider {

    @Inject
    SftpSettings settings;

    @Inject
    DeliveryOptions options;

    @Override
    public String name() {
        return "sftp";
    }

    @Override
    public String integrationType() {
        return "SFTP";
    }

    @Override
    public Optional<RemoteStore> configured() {
        return settings.target().map(target -> new SftpStore(target, HostGuard.TRUSTED, options.timeout()));
    }

    @Override
    public RemoteStore forIntegration(Map<String, String> config, Map<String, String> credentials, HostGuard hosts) {
        String hostKey = optional(config, "host_key");
        SftpHostKeys hostKeys = flag(config, "disable_host_key_verification", false)
                ? SftpHostKeys.unchecked()
                : hostKey.isEmpty() ? settings.hostKeys() : SftpHostKeys.pinned(hostKey);
        String password = credentials.getOrDefault("password", "");
        String privateKey = optional(credentials, "private_key");
        if (password.isEmpty() && privateKey.isEmpty()) {
            throw new IllegalArgumentException("password or private_key is required");
        }
        SftpTarget target = new SftpTarget(
                required(config, "host"),
                port(config, "port", 22),
                required(config, "username"),
                password,
                privateKey,
                credentials.getOrDefault("private_key_passphrase", ""),
                optional(config, "folder"),
                hostKeys);
        return new SftpStore(target, hosts, options.timeout());
    }
}
