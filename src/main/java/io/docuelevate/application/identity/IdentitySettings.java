package io.docuelevate.application.identity;

import java.util.Optional;

/**
 * The authentication settings the identity services and the web layer read ({@code AUTH_ENABLED},
 * {@code SESSION_SECRET}, {@code ADMIN_USERNAME}, {@code ADMIN_PASSWORD}, {@code ADMIN_GROUP_NAME},
 * {@code PUBLIC_BASE_URL}, {@code UNOWNED_DOCS_VISIBLE_TO_ALL}),
 * implemented by the MicroProfile Config bean, so that neither depends on where the values come from.
 */
public interface IdentitySettings {

    boolean authEnabled();

    /** The secret that signs browser sessions, checked for strength at start. */
    Optional<String> sessionSecret();

    /** The built-in administrator's user name, lower case. */
    String adminUsername();

    Optional<String> adminPassword();

    /** The group (JWT {@code groups} claim, OIDC groups) that makes a caller an administrator. */
    String adminGroupName();

    /** The external base URL (scheme, host, port, no trailing slash) for redirects back from an identity provider. */
    Optional<String> publicBaseUrl();

    /** Whether documents without an owner are visible to every caller. */
    boolean unownedDocumentsVisibleToAll();
}
