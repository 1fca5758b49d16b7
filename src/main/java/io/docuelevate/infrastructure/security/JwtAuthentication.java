package io.docuelevate.infrastructure.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.docuelevate.application.identity.BearerTokenVerifier;
import io.docuelevate.application.identity.ExternalIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * Bearer JWTs for integrations, configured with the MicroProfile JWT properties
 * ({@code mp.jwt.verify.publickey} or {@code mp.jwt.verify.publickey.location} (PEM file, JWK set file
 * or JWKS URL), {@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.audiences},
 * {@code mp.jwt.verify.publickey.algorithm} (default RS256), {@code mp.jwt.verify.clock.skew} (60 s)),
 * which environment variables such as {@code MP_JWT_VERIFY_ISSUER} set. Not configured: JWTs are refused.
 * The identity is the first of {@code sub}, {@code preferred_username}, {@code email}, {@code upn}; its
 * groups the {@code groups} claim.
 */
@ApplicationScoped
public class JwtAuthentication implements BearerTokenVerifier {

    private static final Logger LOG = Logger.getLogger(JwtAuthentication.class.getName());

    @Inject
    Config config;

    private volatile JWKSource<SecurityContext> keys;

    public boolean configured() {
        return value("mp.jwt.verify.issuer").isPresent()
                && (value("mp.jwt.verify.publickey").isPresent()
                        || value("mp.jwt.verify.publickey.location").isPresent());
    }

    @Override
    public Optional<ExternalIdentity> verify(String token) {
        if (!configured()) {
            return Optional.empty();
        }
        try {
            JwtVerifier verifier = new JwtVerifier(
                    value("mp.jwt.verify.publickey.algorithm").orElse("RS256"),
                    value("mp.jwt.verify.issuer").orElseThrow(),
                    audiences(),
                    Duration.ofSeconds(value("mp.jwt.verify.clock.skew")
                            .map(Long::parseLong)
                            .orElse(60L)),
                    keys(),
                    Clock.systemUTC());
            return identity(verifier.verify(token));
        } catch (JwtVerifier.InvalidTokenException | RuntimeException e) {
            LOG.fine(() -> "JWT refused: " + e.getMessage());
            return Optional.empty();
        } catch (IOException | ParseException | GeneralSecurityException e) {
            LOG.warning(() -> "cannot load the JWT verification key: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<ExternalIdentity> identity(JwtVerifier.VerifiedToken token) {
        Optional<String> id = firstNonBlank(
                Optional.ofNullable(token.subject()),
                token.claim("preferred_username"),
                token.claim("email"),
                token.claim("upn"));
        return id.map(subject -> new ExternalIdentity(
                subject,
                firstNonBlank(token.claim("preferred_username"), token.claim("upn"))
                        .orElse(subject),
                token.groups()));
    }

    @SafeVarargs
    private static Optional<String> firstNonBlank(Optional<String>... values) {
        return Stream.of(values)
                .flatMap(Optional::stream)
                .filter(v -> !v.isBlank())
                .findFirst();
    }

    /** The key source, built once: a JWKS URL keeps its own cache inside it. */
    private JWKSource<SecurityContext> keys() throws IOException, ParseException, GeneralSecurityException {
        JWKSource<SecurityContext> current = keys;
        if (current == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = JwtKeys.configured(
                            value("mp.jwt.verify.publickey").orElse(null),
                            value("mp.jwt.verify.publickey.location").orElse(null));
                }
                current = keys;
            }
        }
        return current;
    }

    private Set<String> audiences() {
        return value("mp.jwt.verify.audiences")
                .map(v -> Arrays.stream(v.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private Optional<String> value(String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
