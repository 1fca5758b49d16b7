package io.docuelevate.application.identity;

import java.io.Serializable;
import java.net.URI;

/**
 * The OpenID Connect authorization-code login with PKCE: where to send the browser, and what the
 * provider vouched for when it comes back. The web layer keeps the {@link Pending} values in the
 * browser's session between the two steps and checks the returned {@code state} against them.
 */
public interface OidcLogin {

    /** What the browser carries through the provider and back: the values the callback must match. */
    record Pending(String state, String nonce, String codeVerifier, String redirectUri) implements Serializable {}

    boolean configured();

    /** The provider's name for the sign-in link. */
    String providerName();

    /** A new login returning to {@code redirectUri}, with fresh state, nonce and PKCE code verifier. */
    Pending begin(String redirectUri);

    /** The provider's authorization URL for this login. */
    URI authorizationUrl(Pending pending) throws ExternalLoginException;

    /** Exchanges the code (with the PKCE verifier) and verifies the ID token, including the login's nonce. */
    ExternalIdentity complete(Pending pending, String code) throws ExternalLoginException;
}
