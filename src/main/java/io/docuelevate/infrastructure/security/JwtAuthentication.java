package io.docuelevate.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Bearer JWTs for integrations, configured with the MicroProfile JWT properties
 * ({@code mp.jwt.verify.publickey} or {@code mp.jwt.verify.publickey.location} (PEM file, JWK set file
 * or JWKS URL), {@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.audiences},
 * {@code mp.jwt.verify.publickey.algorithm} (default RS256), {@code mp.jwt.verify.clock.skew} (60 s)),
 * which environment variables such as {@code MP_JWT_VERIFY_ISSUER} set. Not configured: JWTs are refused.
 */
@ApplicationScoped
public class JwtAuthentication {

    private static final Logger LOG = Logger.getLogger(JwtAuthentication.class.getName());
    private static final Duration JWKS_REFRESH = Duration.ofMinutes(10);
    private static final Duration JWKS_MIN_INTERVAL = Duration.ofSeconds(30);

    @Inject
    Config config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Map<String, PublicKey> keys = Map.of();
    private volatile Instant keysLoaded = Instant.EPOCH;

    public boolean configured() {
        return value("mp.jwt.verify.issuer").isPresent()
                && (value("mp.jwt.verify.publickey").isPresent() || value("mp.jwt.verify.publickey.location").isPresent());
    }

    /** The verified token, or empty when JWTs are not configured or this one is not valid. */
    public Optional<JwtVerifier.VerifiedToken> verify(String token) {
        if (!configured()) {
            return Optional.empty();
        }
        try {
            JwtVerifier verifier = new JwtVerifier(value("mp.jwt.verify.publickey.algorithm").orElse("RS256"),
                    value("mp.jwt.verify.issuer").orElseThrow(), audiences(),
                    Duration.ofSeconds(value("mp.jwt.verify.clock.skew").map(Long::parseLong).orElse(60L)),
                    this::key, Clock.systemUTC());
            return Optional.of(verifier.verify(token));
        } catch (JwtVerifier.InvalidTokenException | RuntimeException e) {
            LOG.fine(() -> "JWT refused: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Set<String> audiences() {
        return value("mp.jwt.verify.audiences").map(v -> Arrays.stream(v.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    }

    private Optional<PublicKey> key(Optional<String> kid) {
        Map<String, PublicKey> current = keys;
        Duration age = Duration.between(keysLoaded, Instant.now());
        boolean unknownKid = kid.isPresent() && !current.containsKey(kid.get());
        if (current.isEmpty() || age.compareTo(JWKS_REFRESH) > 0 || unknownKid && age.compareTo(JWKS_MIN_INTERVAL) > 0) {
            current = loadKeys();
        }
        if (kid.isPresent()) {
            return Optional.ofNullable(current.get(kid.get()));
        }
        return current.values().stream().findFirst();
    }

    private synchronized Map<String, PublicKey> loadKeys() {
        try {
            String text = value("mp.jwt.verify.publickey").orElse(null);
            if (text == null) {
                String location = value("mp.jwt.verify.publickey.location").orElseThrow();
                text = location.startsWith("http://") || location.startsWith("https://")
                        ? http.send(HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(10)).build(),
                                HttpResponse.BodyHandlers.ofString()).body()
                        : Files.readString(Path.of(location.startsWith("file:") ? URI.create(location).getPath() : location));
            }
            keys = Map.copyOf(JwtVerifier.parseKeys(text));
            keysLoaded = Instant.now();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.warning(() -> "cannot load the JWT verification key: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return keys;
    }

    private Optional<String> value(String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
