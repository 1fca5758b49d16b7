package io.docuelevate.infrastructure.security;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Where the keys that verify bearer JWTs come from, as MicroProfile JWT names them: the text of
 * {@code mp.jwt.verify.publickey} (a PEM {@code PUBLIC KEY}, a JWK or a JWK set), or
 * {@code mp.jwt.verify.publickey.location} (a file of such text, or a JWKS URL fetched by Nimbus with a
 * cache of {@link #JWKS_REFRESH} and at most one refetch per {@link #JWKS_MIN_INTERVAL} for unknown key ids).
 */
final class JwtKeys {

    static final Duration JWKS_REFRESH = Duration.ofMinutes(10);
    static final Duration JWKS_MIN_INTERVAL = Duration.ofSeconds(30);
    private static final Duration JWKS_REFRESH_TIMEOUT = Duration.ofSeconds(15);
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;
    private static final int SIZE_LIMIT_BYTES = 512 * 1024;

    private JwtKeys() {}

    /** The key source for the configured inline key text or location (exactly one of them is used, inline first). */
    static JWKSource<SecurityContext> configured(String inlineText, String location)
            throws IOException, ParseException, GeneralSecurityException {
        if (inlineText != null) {
            return new ImmutableJWKSet<>(parse(inlineText));
        }
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return remote(URI.create(location));
        }
        Path file = Path.of(location.startsWith("file:") ? URI.create(location).getPath() : location);
        return new ImmutableJWKSet<>(parse(Files.readString(file)));
    }

    /** A single fixed key. */
    static JWKSource<SecurityContext> fixed(PublicKey key) throws GeneralSecurityException {
        return new ImmutableJWKSet<>(new JWKSet(jwk(key)));
    }

    /** Reads a PEM {@code PUBLIC KEY} (RSA or EC), a JWK, or a JWK set. */
    static JWKSet parse(String text) throws ParseException, GeneralSecurityException {
        String trimmed = text.trim();
        if (trimmed.startsWith("-----BEGIN")) {
            byte[] der = Base64.getDecoder()
                    .decode(trimmed.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return new JWKSet(jwk(publicKey(der)));
        }
        return trimmed.contains("\"keys\"") ? JWKSet.parse(trimmed) : new JWKSet(JWK.parse(trimmed));
    }

    private static JWKSource<SecurityContext> remote(URI jwksUri) throws MalformedURLException {
        return JWKSourceBuilder.<SecurityContext>create(
                        jwksUri.toURL(),
                        new DefaultResourceRetriever(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS, SIZE_LIMIT_BYTES))
                .cache(JWKS_REFRESH.toMillis(), JWKS_REFRESH_TIMEOUT.toMillis())
                .refreshAheadCache(false)
                .rateLimited(JWKS_MIN_INTERVAL.toMillis())
                .retrying(false)
                .build();
    }

    private static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
        for (String type : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException tryNext) {
                // not this key type
            }
        }
        throw new GeneralSecurityException("PEM public key is neither RSA nor EC");
    }

    private static JWK jwk(PublicKey key) throws GeneralSecurityException {
        if (key instanceof RSAPublicKey rsa) {
            return new RSAKey.Builder(rsa).build();
        }
        if (key instanceof ECPublicKey ec) {
            return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
        }
        throw new GeneralSecurityException("unsupported public key type " + key.getAlgorithm());
    }
}
