package io.docuelevate.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys from a JWKS URL: fetched once and cached; tokens naming unknown key ids cannot make the server fetch again and again. */
class JwtKeysTest {

    private KeyPair keys;
    private HttpServer provider;
    private final AtomicInteger fetches = new AtomicInteger();

    @BeforeEach
    void serveJwks() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        String jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                        .keyID("k1")
                        .build())
                .toString();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    @Test
    void aJwksUrlIsFetchedOnceAndUnknownKeyIdsAreRateLimited() throws Exception {
        String url = "http://127.0.0.1:" + provider.getAddress().getPort() + "/jwks";
        JwtVerifier verifier = new JwtVerifier(
                "RS256",
                JwtVerifierTest.ISSUER,
                Set.of("docuelevate"),
                Duration.ofSeconds(60),
                JwtKeys.configured(null, url),
                Clock.fixed(JwtVerifierTest.NOW, ZoneOffset.UTC));
        String body = JwtVerifierTest.claims(
                JwtVerifierTest.ISSUER, "docuelevate", JwtVerifierTest.NOW.getEpochSecond() + 300);
        String good = JwtVerifierTest.sign("{\"alg\":\"RS256\",\"kid\":\"k1\"}", body, keys.getPrivate());
        assertEquals("alice", verifier.verify(good).subject());
        assertEquals("alice", verifier.verify(good).subject());
        assertEquals(1, fetches.get(), "the key set is cached");
        String unknown = JwtVerifierTest.sign("{\"alg\":\"RS256\",\"kid\":\"k9\"}", body, keys.getPrivate());
        for (int i = 0; i < 5; i++) {
            assertThrows(JwtVerifier.InvalidTokenException.class, () -> verifier.verify(unknown));
        }
        assertTrue(
                fetches.get() <= 3, "unknown key ids refetch at most a couple of times per interval: " + fetches.get());
    }
}
