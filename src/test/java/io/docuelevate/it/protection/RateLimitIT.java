package io.docuelevate.it.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Multipart;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rate limits on a real server with authentication on, counted in memory: login attempts, the default
 * limit per signed-in user, the per-user upload window, exemptions, counting before routing, and
 * client addresses taken from {@code X-Forwarded-For} only when the peer is a trusted proxy (the test
 * client on 127.0.0.1 plays the proxy; each test speaks for its own client address).
 */
class RateLimitIT {

    private static LibertyServer server;

    @BeforeAll
    static void start() {
        server = LibertyServer.war("it-ratelimit")
                .withAuth()
                .env("RATE_LIMITING_ENABLED", "true")
                .env("RATE_LIMIT_DEFAULT", "5/minute")
                .env("RATE_LIMIT_AUTH", "10/minute")
                .env("RATE_LIMIT_AUTH_PER_ADDRESS", "15/minute")
                .env("RATE_LIMIT_UPLOAD", "600/minute")
                .env("UPLOAD_RATE_LIMIT_PER_USER", "3")
                .env("UPLOAD_RATE_LIMIT_WINDOW", "60")
                .env("TRUSTED_PROXIES", "127.0.0.1")
                .env("SECURITY_HEADERS_ENABLED", "true")
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theEleventhLoginAttemptWithinAMinuteGets429EvenWithTheRightPassword() {
        Client client = new Client("203.0.113.10");
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertEquals(
                    401,
                    client.login("wrong-" + attempt).statusCode(),
                    "attempt " + attempt + " is refused as a bad login");
        }
        HttpResponse<String> limited = client.login(server.adminPassword());
        assertRateLimited(limited, "Rate limit exceeded: 10 per 1 minute");
        assertEquals(
                "SAMEORIGIN",
                limited.headers().firstValue("X-Frame-Options").orElse(null),
                "answered before the authentication mechanism, with the security headers");

        assertEquals(
                200,
                new Client("203.0.113.11").login(server.adminPassword()).statusCode(),
                "another client address has its own window");
    }

    @Test
    void oneAccountsTyposBehindAnAddressLockOutOnlyThatAccountUntilTheAddressCap() {
        Client office = new Client("203.0.113.70");
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertEquals(401, office.login("alice", "wrong-" + attempt).statusCode(), "alice's typo " + attempt);
        }
        assertRateLimited(office.login("alice", "wrong-11"), "Rate limit exceeded: 10 per 1 minute");
        assertEquals(
                200,
                office.login(LibertyServer.ADMIN_USERNAME, server.adminPassword())
                        .statusCode(),
                "another account behind the same address still signs in with its right password");

        for (int attempt = 13; attempt <= 15; attempt++) {
            assertEquals(401, office.login("guess-" + attempt, "wrong").statusCode(), "attempt " + attempt);
        }
        assertRateLimited(office.login("guess-16", "wrong"), "Rate limit exceeded: 15 per 1 minute");
        assertRateLimited(
                office.login(LibertyServer.ADMIN_USERNAME, server.adminPassword()),
                "Rate limit exceeded: 15 per 1 minute");
    }

    @Test
    void theDefaultLimitCountsPerSignedInUserWithRetryAfter() {
        Client browser = new Client("203.0.113.20");
        assertEquals(200, browser.login(server.adminPassword()).statusCode());
        for (int i = 1; i <= 5; i++) {
            assertEquals(200, browser.get("/api/files").statusCode(), "request " + i);
        }
        assertRateLimited(browser.get("/api/files"), "Rate limit exceeded: 5 per 1 minute");

        Client sameUserElsewhere = browser.from("203.0.113.21");
        assertEquals(429, sameUserElsewhere.get("/api/files").statusCode(), "keyed by user, not by address");
        assertEquals(
                401,
                new Client("203.0.113.22").get("/api/files").statusCode(),
                "an anonymous caller from another address is not limited");
    }

    @Test
    void anonymousRequestsCountBeforeRoutingAndAccessControl() {
        Client anonymous = new Client("203.0.113.30");
        assertEquals(401, anonymous.get("/api/files").statusCode());
        assertEquals(401, anonymous.get("/api/no-such-route").statusCode());
        assertNotEquals(429, anonymous.get("/no/such/page").statusCode());
        assertEquals(401, anonymous.post("/api/files/bulk-delete", "[1]").statusCode());
        assertNotEquals(429, anonymous.get("/").statusCode());
        assertRateLimited(anonymous.get("/no/such/page"), "Rate limit exceeded: 5 per 1 minute");
    }

    @Test
    void healthAndLivenessEndpointsAreNeverLimited() {
        Client probe = new Client("203.0.113.40");
        for (int i = 0; i < 15; i++) {
            for (String path : new String[] {
                "/api/health",
                "/health/ready",
                "/health/live",
                "/api/diagnostic/healthz/live",
                "/api/diagnostic/healthz/ready"
            }) {
                assertNotEquals(429, probe.get(path).statusCode(), path + " #" + i);
            }
        }
        assertEquals(401, probe.get("/api/files").statusCode(), "probes did not use up the window");
    }

    @Test
    void anUntrustedPeerCannotEscapeItsWindowWithForwardedHeaders() {
        for (int i = 1; i <= 5; i++) {
            RawHttp.Answer answer = RawHttp.send(
                    "127.0.0.2",
                    port(),
                    "GET",
                    "/api/files",
                    Map.of("X-Forwarded-For", "198.51.100." + i, "Forwarded", "for=198.51.100." + i),
                    null);
            assertEquals(401, answer.status(), "request " + i);
        }
        RawHttp.Answer limited = RawHttp.send(
                "127.0.0.2", port(), "GET", "/api/files", Map.of("X-Forwarded-For", "198.51.100.99"), null);
        assertEquals(429, limited.status(), "127.0.0.2 is no trusted proxy: its X-Forwarded-For is ignored");
        assertTrue(limited.body().contains("Rate limit exceeded"), limited.body());
    }

    @Test
    void clientHeadersChangeNeitherTheAddressNorTheRedirectTarget() {
        for (int i = 1; i <= 5; i++) {
            RawHttp.Answer answer = RawHttp.send(
                    "127.0.0.3",
                    port(),
                    "GET",
                    "/api/files",
                    Map.of("$WSRA", "198.51.100." + i, "$WSRH", "client-" + i + ".example", "$WSIS", "true"),
                    null);
            assertEquals(401, answer.status(), "request " + i);
        }
        RawHttp.Answer limited =
                RawHttp.send("127.0.0.3", port(), "GET", "/api/files", Map.of("$WSRA", "198.51.100.99"), null);
        assertEquals(
                429,
                limited.status(),
                "Liberty's private $WSRA header from a client does not give it a fresh address and window");

        RawHttp.Answer page = RawHttp.send(
                "127.0.0.4",
                port(),
                "GET",
                "/files",
                Map.of("$WSIS", "true", "$WSSC", "https", "$WSSN", "attacker.example", "X-Forwarded-Proto", "https"),
                null);
        assertEquals(302, page.status(), page.body());
        assertTrue(
                page.header("Location").startsWith("/login?next="),
                "a path-only redirect, nothing taken from client headers: " + page.header("Location"));
    }

    @Test
    void signedInUploadsAlsoCountAgainstThePerUserUploadWindow() {
        Client uploader = new Client("203.0.113.50");
        assertEquals(200, uploader.login(server.adminPassword()).statusCode());
        int accepted = 0;
        HttpResponse<String> answer = null;
        for (int i = 0; i <= 3; i++) {
            answer = uploader.upload(
                    "rate-" + i + ".pdf", TestDocuments.textPdf("Upload window test " + i + " " + UUID.randomUUID()));
            if (answer.statusCode() == 429) {
                break;
            }
            assertEquals(200, answer.statusCode(), answer.body());
            accepted++;
        }
        assertEquals(
                429,
                answer.statusCode(),
                "UPLOAD_RATE_LIMIT_PER_USER=3 (less under load): the 4th upload at the latest is refused");
        assertTrue(accepted >= 1 && accepted <= 3, "accepted " + accepted);
        String detail = json(answer.body()).getString("detail");
        Matcher matcher = Pattern.compile(
                        "Upload rate limit exceeded \\((\\d+)/(\\d+) in 60s\\)\\. Retry after \\d+s\\.")
                .matcher(detail);
        assertTrue(matcher.matches(), detail);
        assertEquals(accepted, Integer.parseInt(matcher.group(1)), "the window counts accepted uploads: " + detail);
        int limit = Integer.parseInt(matcher.group(2));
        assertTrue(limit >= 1 && limit <= accepted, detail);
        assertTrue(answer.headers().firstValue("Retry-After").isPresent());
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> again = uploader.upload(
                    "rate-again-" + i + ".pdf", TestDocuments.textPdf("Refused upload " + i + " " + UUID.randomUUID()));
            assertEquals(429, again.statusCode(), again.body());
            String againDetail = json(again.body()).getString("detail");
            assertTrue(
                    againDetail.startsWith("Upload rate limit exceeded (" + accepted + "/" + limit + " in 60s)"),
                    "refused attempts do not count: " + againDetail);
        }
    }

    @Test
    void aRefusedBearerTokenCarriesTheSecurityHeaders() {
        HttpResponse<String> refused = new Client("203.0.113.60")
                .send(HttpRequest.newBuilder(uri("/api/files"))
                        .header("Authorization", "Bearer de_not-a-real-token")
                        .GET());
        assertEquals(401, refused.statusCode());
        assertEquals(
                "nosniff",
                refused.headers().firstValue("X-Content-Type-Options").orElse(null),
                "the mechanism's own answer passes the protection step first");
    }

    @Test
    void aMalformedSettingStopsTheStartWithOneClearLine() {
        try (LibertyServer bad =
                LibertyServer.war("it-ratelimit-bad").env("TRUSTED_PROXIES", "10.0.0.0/8, proxy.internal")) {
            assertNotEquals(0, bad.startExpectingExit(Duration.ofSeconds(150)));
            assertTrue(
                    bad.messagesLog()
                            .contains(
                                    "DocuElevate cannot start: TRUSTED_PROXIES entry 'proxy.internal' is not an IP address"),
                    bad.console());
        }
    }

    static void assertRateLimited(HttpResponse<String> response, String detail) {
        assertEquals(429, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(detail, json(response.body()).getString("detail"));
        long retryAfter =
                Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static int port() {
        return URI.create(server.baseUrl()).getPort();
    }

    private static URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    /** A browser behind the trusted proxy at 127.0.0.1, speaking for one client address; keeps its session cookie. */
    private static final class Client {
        private final HttpClient http;
        private final String address;
        private String csrf = "";

        Client(String address) {
            this(Http.browser(), address);
        }

        private Client(HttpClient http, String address) {
            this.http = http;
            this.address = address;
        }

        /** The same session, from another client address. */
        Client from(String otherAddress) {
            Client other = new Client(http, otherAddress);
            other.csrf = csrf;
            return other;
        }

        HttpResponse<String> login(String password) {
            return login(LibertyServer.ADMIN_USERNAME, password);
        }

        HttpResponse<String> login(String username, String password) {
            HttpResponse<String> response = send(Http.loginRequest(server.baseUrl(), username, password));
            if (response.statusCode() == 200) {
                csrf = json(response.body()).getString("csrf_token");
            }
            return response;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, String json) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> upload(String filename, byte[] content) {
            Multipart body = Multipart.file(filename, content);
            return send(HttpRequest.newBuilder(uri("/api/ui-upload"))
                    .header("X-CSRF-Token", csrf)
                    .header("Content-Type", body.contentType())
                    .POST(body.publisher()));
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            return Http.exchange(
                    http,
                    request.header("X-Forwarded-For", address)
                            .timeout(Duration.ofSeconds(60))
                            .build());
        }
    }
}
