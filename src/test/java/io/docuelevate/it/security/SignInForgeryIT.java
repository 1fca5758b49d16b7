package io.docuelevate.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.LoopbackTls;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Another site can neither sign a browser in (login CSRF: the attacker's account in the victim's browser) nor sign
 * it out: the sign-in form carries a token of the browser's session and cross-origin posts are refused; signing
 * out is a post with the session's CSRF token, and a link to {@code /logout} only asks to confirm. A session started
 * over TLS (the HTTPS port, or a trusted proxy's {@code X-Forwarded-Proto: https}) gets a {@code Secure} cookie.
 */
class SignInForgeryIT {

    private static final String EVIL = "http://evil.example";
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"login_token\" value=\"([^\"]+)\"");
    private static LibertyServer server;

    @BeforeAll
    static void start() {
        server = LibertyServer.war("it-forgery")
                .withAuth()
                .env("TRUSTED_PROXIES", "127.0.0.1")
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aSignInPostedByAnotherSiteIsRefusedAndStartsNoSession() {
        HttpClient browser = Http.browser(new CookieManager());
        HttpResponse<String> form = send(browser, signIn(null).header("Origin", EVIL));
        assertEquals(302, form.statusCode());
        assertTrue(location(form).endsWith("/login?error=csrf"), location(form));
        assertEquals(401, whoami(browser), "not signed in");

        HttpResponse<String> json =
                send(browser, signIn(null).header("Origin", EVIL).header("Accept", "application/json"));
        assertEquals(403, json.statusCode());
        assertTrue(json.body().contains("\"detail\":\"Sign-in refused"), json.body());
        assertEquals(401, whoami(browser));
    }

    @Test
    void aBrowserSignsInOnlyWithTheTokenOfTheSignInPage() {
        HttpClient browser = Http.browser(new CookieManager());
        HttpResponse<String> withoutToken = send(browser, signIn(null).header("Origin", server.baseUrl()));
        assertTrue(location(withoutToken).endsWith("/login?error=csrf"), "same origin but no form token");
        assertEquals(401, whoami(browser));

        HttpResponse<String> page =
                send(browser, HttpRequest.newBuilder(uri("/login")).GET());
        assertEquals(200, page.statusCode());
        Matcher token = LOGIN_TOKEN.matcher(page.body());
        assertTrue(token.find(), "the sign-in form carries a token");
        HttpResponse<String> signedIn = send(
                browser,
                signIn(token.group(1)).header("Origin", server.baseUrl()).header("Sec-Fetch-Site", "same-origin"));
        assertEquals(302, signedIn.statusCode());
        assertTrue(location(signedIn).endsWith("/"), location(signedIn));
        assertEquals(200, whoami(browser), "signed in");

        HttpClient other = Http.browser(new CookieManager());
        send(other, HttpRequest.newBuilder(uri("/login")).GET());
        assertTrue(
                location(send(other, signIn(token.group(1)).header("Origin", server.baseUrl())))
                        .endsWith("error=csrf"),
                "a token belongs to the browser session it was given to");
    }

    @Test
    void clientsThatAreNotBrowsersSignInAsBefore() {
        HttpClient client = Http.browser(new CookieManager());
        assertEquals(
                200,
                send(client, signIn(null).header("Accept", "application/json")).statusCode());
        assertEquals(200, whoami(client));
    }

    @Test
    void signingOutTakesAPostWithTheSessionsToken() {
        HttpClient browser = Http.browser(new CookieManager());
        HttpResponse<String> login = send(browser, signIn(null).header("Accept", "application/json"));
        String csrf = login.body().replaceAll(".*\"csrf_token\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> link = send(
                browser,
                HttpRequest.newBuilder(uri("/logout")).header("Origin", EVIL).GET());
        assertEquals(302, link.statusCode());
        assertTrue(location(link).endsWith("/signout"), location(link));
        assertEquals(200, whoami(browser), "a link to /logout does not sign out");

        HttpResponse<String> forged = send(browser, logout("").header("Origin", EVIL));
        assertTrue(location(forged).endsWith("/signout"), location(forged));
        assertEquals(200, whoami(browser), "another site's post does not sign out");

        HttpResponse<String> confirmation =
                send(browser, HttpRequest.newBuilder(uri("/signout")).GET());
        assertEquals(200, confirmation.statusCode());
        assertTrue(confirmation.body().contains("id=\"confirm-sign-out\""), "the page asks to confirm");
        assertTrue(confirmation.body().contains("value=\"" + csrf + "\""), "its form carries the CSRF token");

        HttpResponse<String> confirmed = send(browser, logout(csrf).header("Origin", server.baseUrl()));
        assertTrue(location(confirmed).endsWith("/login"), location(confirmed));
        assertEquals(401, whoami(browser), "signed out");
    }

    @Test
    void theSessionCookieIsSecureWhenTheSessionStartsOverTls() {
        HttpClient https = LoopbackTls.client();
        String page = server.httpsBaseUrl() + "/login";
        HttpResponse<String> signInPage =
                send(https, HttpRequest.newBuilder(URI.create(page)).GET());
        assertEquals(200, signInPage.statusCode());
        assertTrue(isSecure(sessionCookie(signInPage)), "sign-in page over HTTPS: " + sessionCookie(signInPage));

        HttpResponse<String> signedIn = send(https, signIn(null).uri(URI.create(server.httpsBaseUrl() + "/auth")));
        assertEquals(302, signedIn.statusCode(), location(signedIn));
        assertTrue(isSecure(sessionCookie(signedIn)), "signed in over HTTPS: " + sessionCookie(signedIn));

        HttpResponse<String> proxied = send(Http.browser(), signIn(null).header("X-Forwarded-Proto", "https"));
        assertEquals(302, proxied.statusCode(), location(proxied));
        assertTrue(isSecure(sessionCookie(proxied)), "through a trusted TLS proxy: " + sessionCookie(proxied));

        HttpResponse<String> plain = send(Http.browser(), signIn(null));
        assertEquals(302, plain.statusCode(), location(plain));
        String cookie = sessionCookie(plain);
        assertTrue(cookie.contains("HttpOnly") && !isSecure(cookie), "plain HTTP keeps a cookie it can use: " + cookie);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("docuelevate_session="))
                .reduce((first, last) -> last)
                .orElse("(no session cookie in " + response.headers().allValues("Set-Cookie") + ")");
    }

    private static boolean isSecure(String setCookie) {
        return Pattern.compile(";\\s*Secure(;|$)", Pattern.CASE_INSENSITIVE)
                .matcher(setCookie)
                .find();
    }

    private static HttpRequest.Builder signIn(String loginToken) {
        String form = "username=" + LibertyServer.ADMIN_USERNAME + "&password="
                + URLEncoder.encode(server.adminPassword(), StandardCharsets.UTF_8)
                + (loginToken == null ? "" : "&login_token=" + URLEncoder.encode(loginToken, StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri("/auth"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static HttpRequest.Builder logout(String csrf) {
        return HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf_token=" + csrf));
    }

    private static int whoami(HttpClient browser) {
        return send(browser, HttpRequest.newBuilder(uri("/api/auth/whoami")).GET())
                .statusCode();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        return Http.exchange(client, request.timeout(Duration.ofSeconds(60)).build());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no Location)");
    }

    private static URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }
}
