package io.docuelevate.application.identity;

import java.util.Optional;

/**
 * Checks a bearer JWT an integration presents (signature, algorithm, issuer, audience, time) against the
 * configured trust, so the web layer never handles keys or claims itself.
 */
public interface BearerTokenVerifier {

    /** The identity of a valid token; empty when JWTs are not configured or this one is refused. */
    Optional<ExternalIdentity> verify(String token);
}
