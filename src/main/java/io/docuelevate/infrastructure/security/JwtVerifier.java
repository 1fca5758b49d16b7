package io.docuelevate.infrastructure.security;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Verifies compact JWS tokens the way MicroProfile JWT specifies ({@code mp.jwt.verify.*}) with Nimbus
 * JOSE+JWT's {@link DefaultJWTProcessor}: the algorithm is pinned (a token whose {@code alg} differs —
 * {@code none}, or HS256 signed with the public key — is refused before any key is looked at, and the
 * key selector accepts only the pinned one), the signature is checked with the key its {@code kid} names
 * (or the only key), and the claims with {@link JwtClaimRules}.
 */
public final class JwtVerifier {

    private static final Logger LOG = Logger.getLogger(JwtVerifier.class.getName());
    private static final Set<JWSAlgorithm> SUPPORTED =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

    /** A verified token: subject, the claims, and the {@code groups} claim. */
    public record VerifiedToken(String subject, JWTClaimsSet claims, Set<String> groups) {
        public Optional<String> claim(String name) {
            return claims.getClaim(name) instanceof String value ? Optional.of(value) : Optional.empty();
        }

        /** A claim that is a string or an array of strings, as a set. */
        public Set<String> strings(String name) {
            return JwtVerifier.strings(claims.getClaim(name));
        }
    }

    /** Why a token was refused (for logs; callers answer 401 without the reason). */
    public static class InvalidTokenException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidTokenException(String message) {
            super(message);
        }
    }

    private final JWSAlgorithm algorithm;
    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /**
     * @param keys where the verification keys come from (see {@link JwtKeys})
     */
    public JwtVerifier(
            String algorithm,
            String issuer,
            Set<String> audiences,
            Duration clockSkew,
            JWKSource<SecurityContext> keys,
            Clock clock) {
        this.algorithm = JWSAlgorithm.parse(algorithm);
        if (!SUPPORTED.contains(this.algorithm)) {
            throw new IllegalArgumentException("unsupported JWT algorithm " + algorithm + "; use one of " + SUPPORTED);
        }
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(this.algorithm, keys));
        processor.setJWSTypeVerifier((type, context) -> {
            // any typ header (JWT, at+jwt, none) is accepted, as MicroProfile JWT does
        });
        processor.setJWTClaimsSetVerifier(new JwtClaimRules(issuer, audiences, clockSkew, clock));
    }

    public VerifiedToken verify(String token) throws InvalidTokenException {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw new InvalidTokenException("not a signed compact JWT");
        }
        Header header;
        try {
            header = Header.parse(new Base64URL(parts[0]));
        } catch (ParseException e) {
            throw new InvalidTokenException("malformed header: " + e.getMessage());
        }
        Algorithm alg = header.getAlgorithm();
        if (!algorithm.equals(alg)) {
            throw new InvalidTokenException("algorithm " + alg + " is not the pinned " + algorithm);
        }
        try {
            JWTClaimsSet claims = processor.process(SignedJWT.parse(token), null);
            return new VerifiedToken(claims.getSubject(), claims, strings(claims.getClaim("groups")));
        } catch (ParseException e) {
            throw new InvalidTokenException("malformed token: " + e.getMessage());
        } catch (BadJWSException e) {
            throw new InvalidTokenException("signature does not verify");
        } catch (BadJWTException e) {
            throw new InvalidTokenException(e.getMessage());
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("no verification key for kid "
                    + Optional.ofNullable(header.toJSONObject().get("kid")).orElse("-"));
        } catch (KeySourceException e) {
            LOG.warning(() -> "cannot load the JWT verification key: " + e.getMessage());
            throw new InvalidTokenException("verification keys cannot be loaded");
        } catch (JOSEException e) {
            throw new InvalidTokenException("signature cannot be verified: " + e.getMessage());
        }
    }

    /** A claim value that is a string or a collection of strings, as a set (empty for anything else). */
    static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof String value) {
            values.add(value);
        } else if (claim instanceof Collection<?> collection) {
            collection.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .forEach(values::add);
        }
        return values;
    }
}
