package io.docuelevate.infrastructure.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Verifies compact JWS tokens the way MicroProfile JWT specifies (RFC 7519 claims, {@code mp.jwt.verify.*}
 * settings): the algorithm is pinned (the token's {@code alg} must equal it, so {@code none} and
 * algorithm confusion are refused), the signature is checked with the configured public key or the
 * JWKS key named by {@code kid}, {@code iss} must match, {@code aud} must contain a configured audience,
 * and {@code exp}/{@code nbf}/{@code iat} hold within a small clock skew.
 */
public final class JwtVerifier {

    /** A verified token: subject, the claims, and the {@code groups} claim. */
    public record VerifiedToken(String subject, JsonObject claims, Set<String> groups) {
        public Optional<String> claim(String name) {
            JsonValue value = claims.get(name);
            return value instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
        }

        /** A claim that is a string or an array of strings, as a set. */
        public Set<String> strings(String name) {
            return stringSet(claims.get(name));
        }
    }

    /** Why a token was refused (for logs; callers answer 401 without the reason). */
    public static class InvalidTokenException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidTokenException(String message) {
            super(message);
        }
    }

    private static final Map<String, String> JAVA_ALGORITHMS = Map.of(
            "RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA",
            "ES256", "SHA256withECDSAinP1363Format", "ES384", "SHA384withECDSAinP1363Format");

    private final String algorithm;
    private final String issuer;
    private final Set<String> audiences;
    private final Duration clockSkew;
    private final Function<Optional<String>, Optional<PublicKey>> keys;
    private final Clock clock;

    /**
     * @param keys finds the verification key for a token's {@code kid} (empty kid: the only/first key)
     */
    public JwtVerifier(String algorithm, String issuer, Set<String> audiences, Duration clockSkew,
                       Function<Optional<String>, Optional<PublicKey>> keys, Clock clock) {
        if (!JAVA_ALGORITHMS.containsKey(algorithm)) {
            throw new IllegalArgumentException("unsupported JWT algorithm " + algorithm + "; use one of " + JAVA_ALGORITHMS.keySet());
        }
        this.algorithm = algorithm;
        this.issuer = issuer;
        this.audiences = Set.copyOf(audiences);
        this.clockSkew = clockSkew;
        this.keys = keys;
        this.clock = clock;
    }

    public VerifiedToken verify(String token) throws InvalidTokenException {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw new InvalidTokenException("not a signed compact JWT");
        }
        JsonObject header = json(parts[0], "header");
        String alg = header.getString("alg", "");
        if (!algorithm.equals(alg)) {
            throw new InvalidTokenException("algorithm " + alg + " is not the pinned " + algorithm);
        }
        Optional<String> kid = Optional.ofNullable(header.getString("kid", null));
        PublicKey key = keys.apply(kid).orElseThrow(() -> new InvalidTokenException("no verification key for kid " + kid.orElse("-")));
        try {
            Signature signature = Signature.getInstance(JAVA_ALGORITHMS.get(algorithm));
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(decode(parts[2]))) {
                throw new InvalidTokenException("signature does not verify");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidTokenException("signature cannot be verified: " + e.getMessage());
        }
        JsonObject claims = json(parts[1], "claims");
        checkTimes(claims);
        if (issuer == null || !issuer.equals(claims.getString("iss", null))) {
            throw new InvalidTokenException("issuer " + claims.getString("iss", null) + " is not trusted");
        }
        if (!audiences.isEmpty() && audiencesOf(claims).stream().noneMatch(audiences::contains)) {
            throw new InvalidTokenException("audience " + audiencesOf(claims) + " is not accepted");
        }
        String subject = claims.getString("sub", null);
        return new VerifiedToken(subject, claims, stringSet(claims.get("groups")));
    }

    private void checkTimes(JsonObject claims) throws InvalidTokenException {
        Instant now = clock.instant();
        Optional<Instant> expires = time(claims, "exp");
        if (expires.isEmpty()) {
            throw new InvalidTokenException("exp is missing");
        }
        if (now.isAfter(expires.get().plus(clockSkew))) {
            throw new InvalidTokenException("expired at " + expires.get());
        }
        Optional<Instant> notBefore = time(claims, "nbf");
        if (notBefore.isPresent() && now.plus(clockSkew).isBefore(notBefore.get())) {
            throw new InvalidTokenException("not valid before " + notBefore.get());
        }
        Optional<Instant> issued = time(claims, "iat");
        if (issued.isPresent() && now.plus(clockSkew).isBefore(issued.get())) {
            throw new InvalidTokenException("issued in the future");
        }
    }

    private static Optional<Instant> time(JsonObject claims, String name) throws InvalidTokenException {
        JsonValue value = claims.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new InvalidTokenException(name + " is not a number");
        }
        return Optional.of(Instant.ofEpochSecond(claims.getJsonNumber(name).longValue()));
    }

    private static Set<String> audiencesOf(JsonObject claims) {
        return stringSet(claims.get("aud"));
    }

    private static Set<String> stringSet(JsonValue value) {
        Set<String> values = new HashSet<>();
        if (value instanceof JsonString string) {
            values.add(string.getString());
        } else if (value instanceof JsonArray array) {
            array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).forEach(values::add);
        }
        return values;
    }

    private static JsonObject json(String part, String what) throws InvalidTokenException {
        try (JsonReader reader = Json.createReader(new StringReader(new String(decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new InvalidTokenException("malformed " + what);
        }
    }

    private static byte[] decode(String part) {
        return Base64.getUrlDecoder().decode(part);
    }

    /** Reads a PEM {@code PUBLIC KEY}, a JWK, or the keys of a JWKS document, keyed by {@code kid} ("" when absent). */
    public static Map<String, PublicKey> parseKeys(String text) throws GeneralSecurityException {
        String trimmed = text.trim();
        if (trimmed.startsWith("-----BEGIN")) {
            String base64 = trimmed.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            for (String type : List.of("RSA", "EC")) {
                try {
                    return Map.of("", KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(der)));
                } catch (GeneralSecurityException tryNext) {
                    // not this key type
                }
            }
            throw new GeneralSecurityException("PEM public key is neither RSA nor EC");
        }
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(trimmed))) {
            document = reader.readObject();
        }
        List<JsonValue> jwks = document.containsKey("keys") ? document.getJsonArray("keys") : List.of(document);
        Map<String, PublicKey> keys = new java.util.LinkedHashMap<>();
        for (JsonValue value : jwks) {
            JsonObject jwk = value.asJsonObject();
            if ("RSA".equals(jwk.getString("kty", ""))) {
                BigInteger modulus = new BigInteger(1, decode(jwk.getString("n")));
                BigInteger exponent = new BigInteger(1, decode(jwk.getString("e")));
                keys.put(jwk.getString("kid", ""), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent)));
            }
        }
        if (keys.isEmpty()) {
            throw new GeneralSecurityException("no RSA key in the JWK set");
        }
        return keys;
    }
}
