package io.docuelevate.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JwtVerifierTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final String ISSUER = "https://id.example.test";
    static KeyPair keys;
    static KeyPair otherKeys;

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        otherKeys = generator.generateKeyPair();
    }

    static JwtVerifier verifier() {
        try {
            return new JwtVerifier(
                    "RS256",
                    ISSUER,
                    Set.of("docuelevate"),
                    Duration.ofSeconds(60),
                    JwtKeys.fixed(keys.getPublic()),
                    Clock.fixed(NOW, ZoneOffset.UTC));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String claims(String issuer, String audience, long exp) {
        return "{\"iss\":\"" + issuer + "\",\"sub\":\"alice\",\"aud\":\"" + audience + "\",\"exp\":" + exp + ",\"iat\":"
                + (NOW.getEpochSecond() - 10) + ",\"groups\":[\"user\",\"admin\"]}";
    }

    static String sign(String header, String claims, PrivateKey key) throws Exception {
        String signingInput = b64(header) + "." + b64(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    static String valid() throws Exception {
        return sign(
                "{\"alg\":\"RS256\",\"typ\":\"JWT\"}",
                claims(ISSUER, "docuelevate", NOW.getEpochSecond() + 300),
                keys.getPrivate());
    }

    @Test
    void validTokenGivesSubjectAndGroups() throws Exception {
        JwtVerifier.VerifiedToken token = verifier().verify(valid());
        assertEquals("alice", token.subject());
        assertEquals(Set.of("user", "admin"), token.groups());
    }

    @Test
    void expiredBeyondTheSkewIsRefusedButWithinItAccepted() throws Exception {
        String slightlyExpired = sign(
                "{\"alg\":\"RS256\"}", claims(ISSUER, "docuelevate", NOW.getEpochSecond() - 30), keys.getPrivate());
        assertEquals("alice", verifier().verify(slightlyExpired).subject());
        String expired = sign(
                "{\"alg\":\"RS256\"}", claims(ISSUER, "docuelevate", NOW.getEpochSecond() - 61), keys.getPrivate());
        assertTrue(refused(expired).contains("expired"));
    }

    @Test
    void wrongIssuerAudienceOrKeyIsRefused() throws Exception {
        long exp = NOW.getEpochSecond() + 300;
        assertTrue(
                refused(sign("{\"alg\":\"RS256\"}", claims("https://evil.test", "docuelevate", exp), keys.getPrivate()))
                        .contains("issuer"));
        assertTrue(refused(sign("{\"alg\":\"RS256\"}", claims(ISSUER, "other-app", exp), keys.getPrivate()))
                .contains("audience"));
        assertTrue(refused(sign("{\"alg\":\"RS256\"}", claims(ISSUER, "docuelevate", exp), otherKeys.getPrivate()))
                .contains("signature"));
    }

    @Test
    void tamperedPayloadIsRefused() throws Exception {
        String[] parts = valid().split("\\.");
        String forged = parts[0] + "."
                + b64(claims(ISSUER, "docuelevate", NOW.getEpochSecond() + 300).replace("alice", "mallory")) + "."
                + parts[2];
        assertTrue(refused(forged).contains("signature"));
    }

    @Test
    void algNoneAndAlgorithmConfusionAreRefused() throws Exception {
        String body = claims(ISSUER, "docuelevate", NOW.getEpochSecond() + 300);
        assertTrue(refused(b64("{\"alg\":\"none\"}") + "." + b64(body) + ".").contains("not a signed"));
        assertTrue(
                refused(b64("{\"alg\":\"none\"}") + "." + b64(body) + ".c2ln").contains("pinned"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(keys.getPublic().getEncoded(), "HmacSHA256"));
        String input = b64("{\"alg\":\"HS256\"}") + "." + b64(body);
        String hs = input + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        assertTrue(refused(hs).contains("pinned"));
    }

    @Test
    void missingExpiryAndGarbageAreRefused() throws Exception {
        String noExp = sign(
                "{\"alg\":\"RS256\"}",
                "{\"iss\":\"" + ISSUER + "\",\"sub\":\"a\",\"aud\":\"docuelevate\"}",
                keys.getPrivate());
        assertTrue(refused(noExp).contains("exp is missing"));
        assertTrue(refused("not-a-jwt").contains("not a signed"));
        assertTrue(refused("a.b.c").contains("malformed"));
    }

    @Test
    void keysAreReadFromPemAndJwks() throws Exception {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----";
        Map<String, PublicKey> fromPem = publicKeys(JwtKeys.parse(pem));
        assertEquals(keys.getPublic(), fromPem.get(""));
        java.security.interfaces.RSAPublicKey rsa = (java.security.interfaces.RSAPublicKey) keys.getPublic();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"n\":\""
                + unsigned(rsa.getModulus().toByteArray()) + "\",\"e\":\""
                + unsigned(rsa.getPublicExponent().toByteArray()) + "\"}]}";
        assertEquals(keys.getPublic(), publicKeys(JwtKeys.parse(jwks)).get("k1"));
    }

    /** The RSA keys of a JWK set by key id ("" when absent). */
    private static Map<String, PublicKey> publicKeys(JWKSet set) throws JOSEException {
        Map<String, PublicKey> byId = new HashMap<>();
        for (JWK jwk : set.getKeys()) {
            byId.put(
                    jwk.getKeyID() == null ? "" : jwk.getKeyID(), jwk.toRSAKey().toPublicKey());
        }
        return byId;
    }

    @Test
    void aKeyIdTheKeySetDoesNotHoldIsRefused() throws Exception {
        java.security.interfaces.RSAPublicKey rsa = (java.security.interfaces.RSAPublicKey) keys.getPublic();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"n\":\""
                + unsigned(rsa.getModulus().toByteArray()) + "\",\"e\":\""
                + unsigned(rsa.getPublicExponent().toByteArray()) + "\"}]}";
        JwtVerifier byKeyId = new JwtVerifier(
                "RS256",
                ISSUER,
                Set.of("docuelevate"),
                Duration.ofSeconds(60),
                new ImmutableJWKSet<>(JwtKeys.parse(jwks)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        String body = claims(ISSUER, "docuelevate", NOW.getEpochSecond() + 300);
        assertEquals(
                "alice",
                byKeyId.verify(sign("{\"alg\":\"RS256\",\"kid\":\"k1\"}", body, keys.getPrivate()))
                        .subject());
        String unknown = sign("{\"alg\":\"RS256\",\"kid\":\"k2\"}", body, keys.getPrivate());
        assertTrue(assertThrows(JwtVerifier.InvalidTokenException.class, () -> byKeyId.verify(unknown))
                .getMessage()
                .contains("no verification key for kid k2"));
    }

    @Test
    void anEcAlgorithmIsRefusedWhenRs256IsPinned() throws Exception {
        String body = claims(ISSUER, "docuelevate", NOW.getEpochSecond() + 300);
        assertTrue(
                refused(b64("{\"alg\":\"ES256\"}") + "." + b64(body) + ".c2ln").contains("pinned"));
    }

    private static String unsigned(byte[] bytes) {
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
    }

    private static String refused(String token) {
        return assertThrows(
                        JwtVerifier.InvalidTokenException.class,
                        () -> verifier().verify(token))
                .getMessage();
    }
}
