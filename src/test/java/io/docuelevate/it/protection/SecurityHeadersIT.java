package io.docuelevate.it.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code SECURITY_HEADERS_ENABLED}: with it every response of the application carries the headers, API
 * answers, errors and the protection filters' own 413 and 429 included; without it (the default) none does.
 * ({@code /health/*} and {@code /metrics} are Liberty's own applications, outside the application's filters.)
 */
class SecurityHeadersIT {

    private static final Map<String, String> EXPECTED = Map.of(
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains",
            "Content-Security-Policy",
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                            + "font-src 'self' data:; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'",
            "X-Frame-Options", "SAMEORIGIN",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    private static LibertyServer enabled;
    private static LibertyServer disabled;

    @BeforeAll
    static void start() {
        enabled = LibertyServer.war("it-headers-on")
                .env("SECURITY_HEADERS_ENABLED", "true")
                .env("RATE_LIMITING_ENABLED", "true")
                .env("RATE_LIMIT_DEFAULT", "100/minute")
                .env("RATE_LIMIT_AUTH", "2/minute")
                .start();
        disabled = LibertyServer.war("it-headers-off")
                .env("RATE_LIMITING_ENABLED", "true")
                .env("RATE_LIMIT_AUTH", "2/minute")
                .start();
    }

    @AfterAll
    static void stop() {
        enabled.stop();
        disabled.stop();
    }

    @Test
    void everyKindOfResponseCarriesTheHeadersWhenEnabled() {
        assertHeaders(Http.get(enabled.baseUrl() + "/api/health"), 200);
        assertHeaders(Http.get(enabled.baseUrl() + "/api/files"), 200);
        assertHeaders(Http.get(enabled.baseUrl() + "/api/no-such-route"), 404);
        assertHeaders(Http.get(enabled.baseUrl() + "/no/such/page"), 404);
        assertHeaders(Http.get(enabled.baseUrl() + "/api/files/999999"), 404);
        assertHeaders(tooLarge(enabled), 413);
        assertHeaders(rateLimited(enabled), 429);
    }

    @Test
    void noHeadersByDefault() {
        for (Http.Answer answer : List.of(
                Http.get(disabled.baseUrl() + "/api/health"),
                Http.get(disabled.baseUrl() + "/api/no-such-route"),
                Http.get(disabled.baseUrl() + "/no/such/page"),
                tooLarge(disabled),
                rateLimited(disabled))) {
            for (String header : EXPECTED.keySet()) {
                assertNull(answer.header(header), header + " on a " + answer.status());
            }
        }
    }

    @Test
    void pagesNeedNothingTheContentSecurityPolicyForbids() throws IOException {
        Http.Answer login = Http.get(enabled.baseUrl() + "/login");
        assertHeaders(login, 200);
        assertCspCompatible("/login", login.body());

        Path webapp = Path.of(System.getProperty("it.project.dir", ".")).resolve("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            for (Path page : files.filter(
                            f -> f.toString().endsWith(".html") || f.toString().endsWith(".xhtml"))
                    .toList()) {
                assertCspCompatible(webapp.relativize(page).toString(), Files.readString(page));
            }
        }
    }

    /** script-src 'self': no inline script, no event-handler attributes, no javascript: URLs, no scripts or styles from elsewhere. */
    private static void assertCspCompatible(String page, String html) {
        Matcher scripts =
                Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE).matcher(html);
        while (scripts.find()) {
            assertTrue(scripts.group(1).contains("src="), page + ": inline <script> " + scripts.group());
        }
        assertFalse(
                Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find(),
                page + ": event handler attribute");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"), page + ": javascript: URL");
        assertFalse(
                Pattern.compile(
                                "<(script|link|img)\\b[^>]*\\b(src|href)\\s*=\\s*[\"']?(https?:)?//",
                                Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find(),
                page + ": script or stylesheet from another origin (CDN)");
    }

    private static void assertHeaders(Http.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        EXPECTED.forEach((header, value) -> assertEquals(value, answer.header(header), header + " on a " + status));
    }

    private static Http.Answer tooLarge(LibertyServer server) {
        return Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/files/bulk-delete"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 << 20]))
                .build());
    }

    private static Http.Answer rateLimited(LibertyServer server) {
        Http.Answer answer = null;
        for (int i = 0; i < 3; i++) {
            answer = Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/auth"))
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
        }
        assertEquals(429, answer.status(), answer.body());
        return answer;
    }
}
