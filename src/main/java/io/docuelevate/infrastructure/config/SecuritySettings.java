package io.docuelevate.infrastructure.config;

import io.docuelevate.application.identity.IdentitySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Authentication settings (reference names). Secret values are only handed to the code that checks them. */
@ApplicationScoped
public class SecuritySettings implements IdentitySettings {

    @Inject
    @ConfigProperty(name = "AUTH_ENABLED")
    boolean authEnabled;

    @Inject
    @ConfigProperty(name = "SESSION_SECRET")
    Optional<String> sessionSecret;

    /** The key of secrets at rest (mailbox passwords); derived from SESSION_SECRET when unset. */
    @Inject
    @ConfigProperty(name = "SECRET_ENCRYPTION_KEY")
    Optional<String> secretEncryptionKey;

    @Inject
    @ConfigProperty(name = "ADMIN_USERNAME")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "ADMIN_GROUP_NAME")
    String adminGroupName;

    @Inject
    @ConfigProperty(name = "UNOWNED_DOCS_VISIBLE_TO_ALL")
    boolean unownedDocumentsVisibleToAll;

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL")
    Optional<String> publicBaseUrl;

    /** The external base URL (scheme, host, port) for redirects back from an identity provider. */
    @Override
    public Optional<String> publicBaseUrl() {
        return publicBaseUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    @Override
    public boolean authEnabled() {
        return authEnabled;
    }

    @Override
    public Optional<String> sessionSecret() {
        return sessionSecret;
    }

    public Optional<String> secretEncryptionKey() {
        return secretEncryptionKey.map(String::trim).filter(s -> !s.isEmpty());
    }

    /** The built-in admin's user name, compared case-insensitively like the reference. */
    @Override
    public String adminUsername() {
        return adminUsername.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<String> adminPassword() {
        return adminPassword;
    }

    /** Group (JWT {@code groups} claim, OIDC groups) that makes a caller an administrator. */
    @Override
    public String adminGroupName() {
        return adminGroupName.trim();
    }

    @Override
    public boolean unownedDocumentsVisibleToAll() {
        return unownedDocumentsVisibleToAll;
    }
}
