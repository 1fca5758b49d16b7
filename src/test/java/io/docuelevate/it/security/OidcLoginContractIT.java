package io.docuelevate.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OpenID Connect login against a local stand-in provider (no real identity provider can run here):
 * it serves discovery, JWKS, authorization and token endpoints as the OIDC Core and PKCE RFCs define
 * them, and checks what the server sends (client, redirect URI, state, nonce, S256 code verifier).
 */
class OidcLoginContractIT {

    private static final String CLIENT_ID = "docuelevate-web";
    private static final String CLIENT_SECRET = "test-client-secret-0123456789";
    private static HttpServer provider;
    private static LibertyServer server;
    private static KeyPair keys;
    private static String issuer;
    private static final Map<String, Map<String, String>> CODES = new ConcurrentHashMap<>();
    private static volatile String groups = "[\"staff\"]";

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + provider.getAddress().getPort();
        provider.createContext(
                "/.well-known/openid-configuration",
                exchange -> reply(
                        exchange,
                        200,
                        Json.createObjectBuilder()
                                .add("issuer", issuer)
                                .add("authorization_endpoint", issuer + "/authorize")
                                .add("token_endpoint", issuer + "/token")
                                .add("jwks_uri", issuer + "/jwks")
                                .build()
                                .toString()));
        provider.createContext("/jwks", exchange -> {
            RSAPublicKey rsa = (RSAPublicKey) keys.getPublic();
            reply(
                    exchange,
                    200,
                    "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"alg\":\"RS256\",\"n\":\""
                            + unsigned(rsa.getModulus().toByteArray()) + "\",\"e\":\""
                            + unsigned(rsa.getPublicExponent().toByteArray()) + "\"}]}");
        });
        provider.createContext("/authorize", exchange -> {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            if (!CLIENT_ID.equals(query.get("client_id"))
                    || !"code".equals(query.get("response_type"))
                    || !"S256".equals(query.get("code_challenge_method"))
                    || query.get("nonce") == null
                    || query.get("state") == null
                    || !query.getOrDefault("scope", "").contains("openid")) {
                reply(exchange, 400, "{\"error\":\"invalid_request\"}");
                return;
            }
            String code = "code-" + System.nanoTime();
            CODES.put(code, query);
            exchange.getResponseHeaders()
                    .add("Location", query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state"));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        provider.createContext("/token", exchange -> {
            Map<String, String> body =
                    form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> login = CODES.remove(body.getOrDefault("code", ""));
            boolean ok = login != null
                    && "authorization_code".equals(body.get("grant_type"))
                    && CLIENT_ID.equals(body.get("client_id"))
                    && CLIENT_SECRET.equals(body.get("client_secret"))
                    && login.get("redirect_uri").equals(body.get("redirect_uri"))
                    && login.get("code_challenge").equals(s256(body.getOrDefault("code_verifier", "")));
            if (!ok) {
                reply(exchange, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            long now = Instant.now().getEpochSecond();
            String idToken = signed(
                    "{\"alg\":\"RS256\",\"kid\":\"k1\"}",
                    "{\"iss\":\"" + issuer + "\",\"sub\":\"oidc-7\",\"aud\":\""
                            + CLIENT_ID + "\",\"exp\":" + (now + 300) + ",\"iat\":" + now + ",\"nonce\":\""
                            + login.get("nonce")
                            + "\",\"preferred_username\":\"carol\",\"groups\":" + groups + "}",
                    keys.getPrivate());
            reply(
                    exchange,
                    200,
                    "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"id_token\":\"" + idToken + "\"}");
        });
        provider.start();
        server = LibertyServer.war("it-oidc")
                .withAuth()
                .env("AUTHENTIK_CONFIG_URL", issuer + "/.well-known/openid-configuration")
                .env("AUTHENTIK_CLIENT_ID", CLIENT_ID)
                .env("AUTHENTIK_CLIENT_SECRET", CLIENT_SECRET)
                .env("OAUTH_PROVIDER_NAME", "Test IdP")
                .env("ADMIN_GROUP_NAME", "docuelevate-admins")
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        provider.stop(0);
    }

    @Test
    void codeFlowWithPkceLogsInAndMapsTheAdminGroup() throws Exception {
        HttpClient browser = Http.browser();
        assertTrue(get(browser, server.baseUrl() + "/login").body().contains("Sign in with Test IdP"));
        groups = "[\"staff\"]";
        assertEquals("carol", loginThroughProvider(browser).getString("username"));
        assertEquals(false, whoami(browser).getBoolean("is_admin"));

        HttpClient adminBrowser = Http.browser();
        groups = "[\"staff\",\"docuelevate-admins\"]";
        assertTrue(
                loginThroughProvider(adminBrowser).getBoolean("is_admin"), "the configured group claim makes an admin");
    }

    @Test
    void aForgedStateIsRefused() throws Exception {
        HttpClient browser = Http.browser();
        HttpResponse<String> toProvider = get(browser, server.baseUrl() + "/oauth-login");
        assertEquals(302, toProvider.statusCode());
        HttpResponse<String> back =
                get(browser, toProvider.headers().firstValue("Location").orElseThrow());
        String callback = back.headers().firstValue("Location").orElseThrow().replaceAll("state=[^&]+", "state=forged");
        HttpResponse<String> refused = get(browser, callback);
        assertTrue(
                refused.headers().firstValue("Location").orElse("").contains("/login?error=oidc"),
                refused.headers().toString());
        assertEquals(401, get(browser, server.baseUrl() + "/api/auth/whoami").statusCode());
    }

    private static JsonObject loginThroughProvider(HttpClient browser) throws Exception {
        HttpResponse<String> toProvider = get(browser, server.baseUrl() + "/oauth-login");
        assertEquals(302, toProvider.statusCode());
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertTrue(authorize.startsWith(issuer + "/authorize?"), authorize);
        HttpResponse<String> back = get(browser, authorize);
        assertEquals(302, back.statusCode(), "the provider accepted the authorization request: " + back.body());
        HttpResponse<String> done =
                get(browser, back.headers().firstValue("Location").orElseThrow());
        assertEquals(302, done.statusCode());
        assertTrue(
                !done.headers().firstValue("Location").orElse("").contains("error"),
                done.headers().toString());
        return whoami(browser);
    }

    private static JsonObject whoami(HttpClient browser) throws Exception {
        HttpResponse<String> whoami = get(browser, server.baseUrl() + "/api/auth/whoami");
        assertEquals(200, whoami.statusCode(), whoami.body());
        return Json.createReader(new StringReader(whoami.body())).readObject();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return Http.exchange(
                client, HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String json)
            throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String signed(String header, String claims, java.security.PrivateKey key) throws IOException {
        try {
            return AuthIT.jwt(header, claims, key);
        } catch (Exception e) {
            throw new IOException("cannot sign the test ID token", e);
        }
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(byte[] bytes) {
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(bytes, start, bytes.length));
    }
}
