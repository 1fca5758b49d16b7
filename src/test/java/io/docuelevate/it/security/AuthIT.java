package io.docuelevate.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.HeadlessChromium;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Multipart;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Authentication on a real server: every API route refuses anonymous callers (enumerated from the
 * server's own OpenAPI document), browser login with session and CSRF, API tokens, JWTs, admin-only
 * routes, per-user isolation, the audit trail, and refusing to start with weak secrets.
 */
class AuthIT {

    private static final String ISSUER = "https://id.docuelevate.test";
    private static final String AUDIENCE = "docuelevate";
    private static final List<String> PUBLIC_API =
            List.of("/api/health", "/api/diagnostic/healthz/live", "/api/diagnostic/healthz/ready");

    private static LibertyServer server;
    private static KeyPair jwtKeys;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        jwtKeys = generator.generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----"
                + Base64.getEncoder().encodeToString(jwtKeys.getPublic().getEncoded()) + "-----END PUBLIC KEY-----";
        server = LibertyServer.war("it-auth")
                .withAuth()
                .env("SECURITY_HEADERS_ENABLED", "true")
                .env("RATE_LIMIT_DEFAULT", "1000/minute")
                .env("MP_JWT_VERIFY_PUBLICKEY", pem)
                .env("MP_JWT_VERIFY_ISSUER", ISSUER)
                .env("MP_JWT_VERIFY_AUDIENCES", AUDIENCE)
                .start();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        server.stop();
    }

    private static HeadlessChromium chromium() {
        if (chromium == null) {
            chromium = HeadlessChromium.start();
        }
        return chromium;
    }

    /**
     * The pages in a real browser under the production security headers: signing in through the login form and
     * the readiness page in the layout with its scripts and stylesheets work with the strict Content-Security-Policy, and the
     * browser reports no violation.
     */
    @Test
    void signingInAndTheReadinessPageWorkInABrowserUnderTheContentSecurityPolicy() {
        String policy = Http.get(server.baseUrl() + "/login").header("Content-Security-Policy");
        assertTrue(
                policy != null && policy.contains("script-src 'self';"),
                "the strict policy is sent with the page: " + policy);
        WebDriver browser = chromium().driver();
        Duration wait = Duration.ofSeconds(30);

        browser.get(server.baseUrl() + "/admin/readiness");
        chromium().awaitUrl(server.baseUrl() + "/login?next=%2Fadmin%2Freadiness", wait);
        browser.findElement(By.name("username")).sendKeys(LibertyServer.ADMIN_USERNAME);
        browser.findElement(By.name("password")).sendKeys(server.adminPassword());
        browser.findElement(By.cssSelector("form[action$='/auth'] button[type=submit]"))
                .click();

        chromium().awaitUrl(server.baseUrl() + "/admin/readiness", wait);
        List<WebElement> rows = Poll.until(wait, "the readiness items rendered in the layout", () -> {
            List<WebElement> found = browser.findElements(By.cssSelector("#items tr"));
            return found.size() >= 16 ? found : null;
        });
        assertTrue(
                rows.get(0).getText().matches("(?is).*(pass|warn|fail).*"),
                rows.get(0).getText());
        String overall = browser.findElement(By.id("overall")).getText();
        assertTrue(overall.matches("(?i)pass|warning|fail"), "the overall status is filled in: " + overall);
        Object collapse = ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(document.querySelector('table')).borderCollapse;");
        assertEquals("collapse", collapse, "the stylesheets are applied");

        browser.findElement(By.id("refresh")).click();
        Poll.until(
                wait,
                "the report refreshed",
                () -> browser.findElements(By.cssSelector("#items tr")).size() >= 16 ? true : null);
        assertEquals(
                List.of(),
                chromium().consoleProblems(),
                "the browser reported errors or policy violations on the pages");
    }

    /** {@code /api/health} stays open for monitors, but paths, free bytes and other facts are for administrators. */
    @Test
    void healthShowsEachChecksStatusToAnyoneAndItsDetailsToAdministratorsOnly() {
        Http.Answer anonymous = Http.get(server.baseUrl() + "/api/health");
        assertEquals(200, anonymous.status(), anonymous.body());
        JsonObject checks = anonymous.json().getJsonObject("checks");
        assertTrue(checks.containsKey("database") || checks.size() > 3, anonymous.body());
        checks.forEach((name, check) -> assertEquals(
                Set.of("status"), check.asJsonObject().keySet(), name + " shows no detail to anonymous callers"));
        assertFalse(anonymous.body().contains("free_bytes"), anonymous.body());

        HttpResponse<String> admin = admin().get("/api/health");
        assertEquals(200, admin.statusCode(), admin.body());
        assertTrue(admin.body().contains("free_bytes"), "the administrator sees the facts: " + admin.body());
    }

    /** The control for the test above: the policy is enforced, and a violation shows in the console it reads. */
    @Test
    void anInlineScriptIsBlockedInTheBrowserAndTheViolationIsReported() {
        WebDriver browser = chromium().driver();
        browser.get(server.baseUrl() + "/login");
        chromium().consoleProblems();
        ((JavascriptExecutor) browser).executeScript("""
                const script = document.createElement('script');
                script.textContent = 'document.body.dataset.inline = "ran";';
                document.head.appendChild(script);
                """);
        assertEquals(
                null,
                browser.findElement(By.tagName("body")).getDomAttribute("data-inline"),
                "the inline script did not run");
        List<String> problems = Poll.until(Duration.ofSeconds(30), "the violation in the browser console", () -> {
            List<String> found = chromium().consoleProblems();
            return found.isEmpty() ? null : found;
        });
        assertTrue(problems.stream().anyMatch(line -> line.contains("Content Security Policy")), problems.toString());
    }

    /** A browser: keeps cookies, never follows redirects, sends the CSRF token it was given. */
    static final class Browser {
        final HttpClient client = Http.browser();
        String csrf;

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

        HttpResponse<String> postJson(String path, String body, boolean withCsrf) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (withCsrf) {
                request.header("X-CSRF-Token", csrf);
            }
            return send(request);
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            return Http.exchange(client, request.timeout(Duration.ofSeconds(60)).build());
        }
    }

    static URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static Http.Answer bearer(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return Http.send(request.build());
    }

    static Browser admin() {
        Browser browser = new Browser();
        assertEquals(
                200,
                browser.login(LibertyServer.ADMIN_USERNAME, server.adminPassword())
                        .statusCode());
        return browser;
    }

    static String createUser(Browser admin, String name, String password) {
        HttpResponse<String> created = admin.postJson(
                "/api/admin/users/local", "{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}", true);
        assertEquals(201, created.statusCode(), created.body());
        return name;
    }

    static String tokenFor(Browser browser, String body) {
        HttpResponse<String> created = browser.postJson("/api/api-tokens/", body, true);
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getString("token");
    }

    @Test
    void everyApiRouteRefusesAnonymousCallers() {
        Http.Answer openapi = Http.send(HttpRequest.newBuilder(uri("/openapi"))
                .header("Accept", "application/json")
                .build());
        assertEquals(200, openapi.status(), "the route list comes from the server's OpenAPI document");
        JsonObject paths = openapi.json().getJsonObject("paths");
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : paths.entrySet()) {
            String path = entry.getKey();
            if (!path.startsWith("/api/") || PUBLIC_API.contains(path)) {
                continue;
            }
            String concrete =
                    path.replaceAll("\\{task_id}", UUID.randomUUID().toString()).replaceAll("\\{[^}]+}", "1");
            for (String method : entry.getValue().asJsonObject().keySet()) {
                String verb = method.toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                    continue;
                }
                Http.Answer answer = Http.send(HttpRequest.newBuilder(uri(concrete))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .method(
                                verb,
                                verb.equals("GET") || verb.equals("DELETE")
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString("{}"))
                        .build());
                assertEquals(401, answer.status(), verb + " " + concrete + ": " + answer.body());
                assertEquals("Not authenticated", answer.json().getString("detail"), verb + " " + concrete);
                checked.add(verb + " " + path);
            }
        }
        assertTrue(checked.size() >= 20, "enumerated only " + checked);
        assertTrue(
                checked.contains("POST /api/ui-upload") && checked.contains("GET /api/files/{id}/download"),
                checked.toString());
        for (String path : PUBLIC_API) {
            assertEquals(200, Http.get(server.baseUrl() + path).status(), path + " stays public for probes");
        }
        assertEquals(
                401,
                Http.get(server.baseUrl() + "/api/diagnostic/healthz/../../files")
                        .status(),
                "no traversal past the rules");
    }

    @Test
    void browserLoginSessionCsrfAndLogout() {
        Browser anonymous = new Browser();
        HttpResponse<String> page = anonymous.get("/files?page=2");
        assertEquals(302, page.statusCode());
        assertTrue(
                page.headers().firstValue("Location").orElse("").contains("/login?next="),
                page.headers().toString());
        HttpResponse<String> loginPage = anonymous.get("/login");
        assertEquals(200, loginPage.statusCode());
        assertTrue(
                loginPage.body().contains("action=\"/auth\"")
                        && !Pattern.compile("<script(?![^>]*\\ssrc=)")
                                .matcher(loginPage.body())
                                .find(),
                loginPage.body());

        assertEquals(
                401,
                new Browser()
                        .login(LibertyServer.ADMIN_USERNAME, "wrong-password")
                        .statusCode());
        Browser admin = admin();
        HttpResponse<String> cookie = admin.get("/api/auth/whoami");
        assertEquals(200, cookie.statusCode());
        JsonObject whoami = json(cookie.body());
        assertEquals("admin", whoami.getString("username"));
        assertTrue(whoami.getBoolean("is_admin"));
        assertEquals("session", whoami.getString("auth_method"));
        assertTrue(
                cookie.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains(server.adminPassword())));

        HttpResponse<String> noCsrf = admin.postJson("/api/api-tokens/", "{\"name\":\"x\"}", false);
        assertEquals(403, noCsrf.statusCode(), "a cookie-authenticated POST needs the CSRF token");
        assertTrue(json(noCsrf.body()).getString("detail").contains("CSRF"));
        assertEquals(
                201,
                admin.postJson("/api/api-tokens/", "{\"name\":\"with csrf\"}", true)
                        .statusCode());

        HttpResponse<String> logoutByLink = admin.get("/logout");
        assertEquals(302, logoutByLink.statusCode());
        assertTrue(
                logoutByLink.headers().firstValue("Location").orElse("").endsWith("/signout"), "a GET asks to confirm");
        assertEquals(200, admin.get("/api/auth/whoami").statusCode(), "a GET alone does not sign out");
        HttpResponse<String> logout = admin.send(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf_token=" + admin.csrf)));
        assertEquals(302, logout.statusCode());
        assertEquals(401, admin.get("/api/auth/whoami").statusCode(), "logged out");
    }

    @Test
    void apiTokensAreShownOnceHashedUsedRevokedAndDeleted() {
        Browser admin = admin();
        String user = createUser(admin, "tok" + UUID.randomUUID().toString().substring(0, 6), "Pa55word-Token-Test");
        Browser browser = new Browser();
        assertEquals(200, browser.login(user, "Pa55word-Token-Test").statusCode());

        HttpResponse<String> created =
                browser.postJson("/api/api-tokens/", "{\"name\":\"CLI laptop\",\"expires_in_days\":30}", true);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject token = json(created.body());
        String plaintext = token.getString("token");
        assertTrue(plaintext.matches("de_[A-Za-z0-9_-]{43}"), plaintext);
        assertEquals(plaintext.substring(0, 12), token.getString("token_prefix"));
        long id = token.getJsonNumber("id").longValue();

        Http.Answer used = bearer("GET", "/api/auth/whoami", plaintext, null);
        assertEquals(200, used.status(), used.body());
        assertEquals(user, used.json().getString("username"));
        assertEquals("api_token", used.json().getString("auth_method"));
        assertFalse(used.json().getBoolean("is_admin"));

        String listed = browser.get("/api/api-tokens/").body();
        assertFalse(listed.contains(plaintext), "the token is never shown again");
        JsonObject entry = Json.createReader(new StringReader(listed)).readArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertFalse(entry.isNull("last_used_at"), "use recorded");
        assertEquals("127.0.0.1", entry.getString("last_used_ip"));

        assertEquals(
                403, bearer("GET", "/api/admin/users/local", plaintext, null).status(), "users are not admins");
        assertEquals(
                422,
                browser.postJson("/api/api-tokens/", "{\"name\":\"bad\",\"expires_in_days\":0}", true)
                        .statusCode());
        assertEquals(
                403,
                browser.postJson("/api/api-tokens/", "{\"name\":\"sneaky\",\"admin_scope\":true}", true)
                        .statusCode());

        Http.Answer revoked = bearer("DELETE", "/api/api-tokens/" + id, plaintext, null);
        assertEquals(200, revoked.status());
        assertEquals("Token revoked", revoked.json().getString("detail"));
        assertEquals(401, bearer("GET", "/api/files", plaintext, null).status(), "a revoked token no longer works");
        String adminToken = tokenFor(admin, "{\"name\":\"admin ops\"}");
        assertEquals(
                404,
                bearer("DELETE", "/api/api-tokens/" + id, adminToken, null).status(),
                "another user's token is 404");
        HttpResponse<String> reactivated =
                browser.send(HttpRequest.newBuilder(uri("/api/api-tokens/" + id + "/reactivate"))
                        .header("X-CSRF-Token", browser.csrf)
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, reactivated.statusCode(), reactivated.body());
        assertEquals(200, bearer("GET", "/api/files", plaintext, null).status(), "reactivated");
        assertEquals(
                400,
                bearer("POST", "/api/api-tokens/" + id + "/reactivate", plaintext, null)
                        .status(),
                "already active");
        assertEquals(
                "Token revoked",
                bearer("DELETE", "/api/api-tokens/" + id, plaintext, null)
                        .json()
                        .getString("detail"));
        HttpResponse<String> deleted = browser.send(HttpRequest.newBuilder(uri("/api/api-tokens/" + id))
                .header("X-CSRF-Token", browser.csrf)
                .DELETE());
        assertEquals("Token deleted", json(deleted.body()).getString("detail"));
        assertEquals(
                401, bearer("GET", "/api/files", "de_" + "x".repeat(43), null).status());
    }

    @Test
    void adminRoutesNeedAnAdminAndAdminTokensNeedTheScope() {
        Browser admin = admin();
        String plain = tokenFor(admin, "{\"name\":\"admin without scope\"}");
        String scoped = tokenFor(admin, "{\"name\":\"admin with scope\",\"admin_scope\":true}");
        assertEquals(403, bearer("GET", "/api/admin/users/local", plain, null).status(), "no admin scope, no admin");
        assertEquals(200, bearer("GET", "/api/admin/users/local", scoped, null).status());
        Http.Answer audit = bearer("GET", "/api/audit-logs?limit=200", scoped, null);
        assertEquals(200, audit.status(), audit.body());
        String trail = audit.body();
        assertTrue(trail.contains("\"login\"") && trail.contains("api_token.create"), trail);
        assertFalse(trail.contains(server.adminPassword()), "no secret in the audit trail");
        assertEquals(403, bearer("GET", "/api/audit-logs", plain, null).status());
    }

    @Test
    void usersCannotSeeOrTouchEachOthersDocuments() {
        Browser admin = admin();
        String alice = createUser(admin, "alice" + UUID.randomUUID().toString().substring(0, 6), "Alice-Pa55word!");
        String bob = createUser(admin, "bob" + UUID.randomUUID().toString().substring(0, 6), "Bob-Pa55word!!");
        Browser aliceBrowser = new Browser();
        aliceBrowser.login(alice, "Alice-Pa55word!");
        Browser bobBrowser = new Browser();
        bobBrowser.login(bob, "Bob-Pa55word!!");
        String aliceToken = tokenFor(aliceBrowser, "{\"name\":\"alice\"}");
        String bobToken = tokenFor(bobBrowser, "{\"name\":\"bob\"}");

        byte[] pdf = TestDocuments.textPdf("Alice private medical report " + UUID.randomUUID());
        Multipart body = Multipart.file("report.pdf", pdf);
        Http.Answer uploaded = Http.send(HttpRequest.newBuilder(uri("/api/ui-upload"))
                .header("Authorization", "Bearer " + aliceToken)
                .header("Content-Type", body.contentType())
                .POST(body.publisher())
                .build());
        assertEquals(200, uploaded.status(), uploaded.body());
        long id = uploaded.json().getJsonNumber("file_id").longValue();

        Http.Answer aliceDetail = bearer("GET", "/api/files/" + id, aliceToken, null);
        assertEquals(200, aliceDetail.status());
        Http.Answer alicePreview = bearer("GET", "/api/files/" + id + "/preview", aliceToken, null);
        assertEquals(200, alicePreview.status());
        assertEquals(
                "frame-ancestors 'self'",
                alicePreview.header("Content-Security-Policy"),
                "the PDF preview's own policy replaces the pages' policy (SECURITY_HEADERS_ENABLED is on here)");
        assertEquals("nosniff", alicePreview.header("X-Content-Type-Options"));
        assertTrue(bearer("GET", "/api/files", aliceToken, null).body().contains("\"id\":" + id));

        assertFalse(bearer("GET", "/api/files", bobToken, null).body().contains("report.pdf"), "not in Bob's list");
        for (String path : new String[] {
            "/api/files/" + id,
            "/api/files/" + id + "/download",
            "/api/files/" + id + "/preview",
            "/api/logs/file/" + id
        }) {
            Http.Answer answer = bearer("GET", path, bobToken, null);
            assertEquals(404, answer.status(), path + " answers 404, never 403: " + answer.body());
        }
        assertEquals(404, bearer("DELETE", "/api/files/" + id, bobToken, null).status());
        assertEquals(
                404,
                bearer("POST", "/api/files/" + id + "/reprocess", bobToken, null)
                        .status());
        assertEquals(
                404,
                bearer("POST", "/api/files/bulk-delete", bobToken, "[" + id + "]")
                        .status());
        assertEquals(
                404,
                bearer("POST", "/api/files/bulk-reprocess", bobToken, "[" + id + "]")
                        .status());
        assertEquals(
                404,
                bearer("POST", "/api/files/bulk-download", bobToken, "[" + id + "]")
                        .status());
        assertFalse(
                bearer("GET", "/api/logs?limit=1000", bobToken, null).body().contains("\"file_id\":" + id),
                "no logs of Alice's file");
        Poll.until(Duration.ofSeconds(120), "Alice's report in her search results", () -> {
            Http.Answer mine = bearer("GET", "/api/search?q=medical", aliceToken, null);
            return mine.status() == 200 && mine.body().contains("\"file_id\":" + id) ? mine : null;
        });
        Http.Answer search = bearer("GET", "/api/search?q=medical", bobToken, null);
        assertEquals(200, search.status(), search.body());
        assertEquals(0, search.json().getInt("total"), "Bob's search never shows it: " + search.body());
        assertFalse(search.body().contains("report.pdf"), search.body());
        assertEquals(200, bearer("GET", "/api/files/" + id, aliceToken, null).status(), "Alice still has it");
    }

    @Test
    void jwtsAreVerifiedAgainstIssuerAudienceKeyAndTime() throws Exception {
        long now = Instant.now().getEpochSecond();
        String good = jwt(
                "{\"alg\":\"RS256\",\"typ\":\"JWT\"}",
                claims(ISSUER, AUDIENCE, now + 300, "[\"user\"]"),
                jwtKeys.getPrivate());
        Http.Answer accepted = bearer("GET", "/api/auth/whoami", good, null);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("jwt", accepted.json().getString("auth_method"));
        assertFalse(accepted.json().getBoolean("is_admin"));
        String admin =
                jwt("{\"alg\":\"RS256\"}", claims(ISSUER, AUDIENCE, now + 300, "[\"admin\"]"), jwtKeys.getPrivate());
        assertTrue(bearer("GET", "/api/auth/whoami", admin, null).json().getBoolean("is_admin"), "groups map to roles");

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String[] parts = good.split("\\.");
        Map<String, String> refused = Map.of(
                "expired",
                        jwt(
                                "{\"alg\":\"RS256\"}",
                                claims(ISSUER, AUDIENCE, now - 600, "[\"user\"]"),
                                jwtKeys.getPrivate()),
                "wrong issuer",
                        jwt(
                                "{\"alg\":\"RS256\"}",
                                claims("https://evil.test", AUDIENCE, now + 300, "[\"user\"]"),
                                jwtKeys.getPrivate()),
                "wrong audience",
                        jwt(
                                "{\"alg\":\"RS256\"}",
                                claims(ISSUER, "someone-else", now + 300, "[\"user\"]"),
                                jwtKeys.getPrivate()),
                "tampered", parts[0] + "." + b64(claims(ISSUER, AUDIENCE, now + 300, "[\"admin\"]")) + "." + parts[2],
                "alg none",
                        b64("{\"alg\":\"none\"}") + "." + b64(claims(ISSUER, AUDIENCE, now + 300, "[\"admin\"]")) + ".",
                "other key",
                        jwt(
                                "{\"alg\":\"RS256\"}",
                                claims(ISSUER, AUDIENCE, now + 300, "[\"user\"]"),
                                generator.generateKeyPair().getPrivate()));
        refused.forEach((why, token) -> {
            Http.Answer answer = bearer("GET", "/api/files", token, null);
            assertEquals(401, answer.status(), why + ": " + answer.body());
        });
    }

    @Test
    void weakSecretsStopTheStart() {
        try (LibertyServer weak =
                LibertyServer.war("it-weak-secret").withAuth().env("SESSION_SECRET", "short-secret")) {
            assertNotEquals(0, weak.startExpectingExit(Duration.ofSeconds(120)));
            List<String> lines = weak.console()
                    .lines()
                    .filter(l -> l.contains("DocuElevate cannot start:"))
                    .toList();
            assertEquals(1, lines.size(), weak.console());
            assertTrue(lines.get(0).contains("SESSION_SECRET has 12 characters, at least 32"), lines.get(0));
            assertFalse(weak.console().contains("short-secret"), "the secret itself is never printed");
        }
        try (LibertyServer placeholder =
                LibertyServer.war("it-weak-admin").withAuth().env("ADMIN_PASSWORD", "change-me-please")) {
            assertNotEquals(0, placeholder.startExpectingExit(Duration.ofSeconds(120)));
            assertTrue(
                    placeholder.console().contains("ADMIN_PASSWORD looks like a placeholder"), placeholder.console());
        }
    }

    static String claims(String issuer, String audience, long exp, String groups) {
        return "{\"iss\":\"" + issuer + "\",\"sub\":\"integration-bot\",\"preferred_username\":\"bot\",\"aud\":\""
                + audience + "\",\"exp\":" + exp + ",\"iat\":" + (exp - 600) + ",\"groups\":" + groups + "}";
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String jwt(String header, String claims, PrivateKey key) throws Exception {
        String input = b64(header) + "." + b64(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }
}
