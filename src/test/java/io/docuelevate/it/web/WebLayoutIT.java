package io.docuelevate.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.WebUi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The layout every page shares, in a real browser under the production security headers: signing in and out,
 * the language switch kept with the user, a session that expired returning to the page, and the error pages.
 */
class WebLayoutIT {

    private static final String PASSWORD = "Us3r-" + UUID.randomUUID();
    private static String user;
    private static WebUi ui;

    @BeforeAll
    static void start() {
        ui = WebUi.browser();
        user = "layout-" + UUID.randomUUID().toString().substring(0, 8);
        ApiSession.admin(WebUi.server()).createUser(user, PASSWORD, false);
    }

    @Test
    void aPageAskedForWithoutASessionSignsInAndReturnsThere() {
        WebDriver browser = ui.driver();
        browser.manage().deleteAllCookies();
        ui.open("/documents?page=1");
        ui.chromium().awaitUrl(ui.url("/login?next=%2Fdocuments%3Fpage%3D1"), WebUi.WAIT);
        ui.checkPage("login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("wrong-" + PASSWORD);
        browser.findElement(By.cssSelector("form[action$='/auth'] button[type=submit]"))
                .click();
        Poll.until(
                WebUi.WAIT,
                "the wrong password explained",
                () -> browser.findElements(By.id("login-notice")).isEmpty() ? null : true);
        assertTrue(browser.findElement(By.id("login-notice")).getText().contains("not right"));
        ui.checkPage("login-failed");

        ui.signIn(user, PASSWORD);
        assertEquals(user, browser.findElement(By.id("current-user-name")).getText());
        assertTrue(browser.findElements(By.cssSelector("a[href='/admin/']")).isEmpty(), "no admin link for a user");
        ui.checkPage("home");
    }

    @Test
    void anExpiredSessionSaysSoAndReturnsToThePageAfterSigningIn() {
        ui.signIn(user, PASSWORD);
        WebDriver browser = ui.driver();
        Cookie session = browser.manage().getCookieNamed("docuelevate_session");
        browser.manage().deleteCookieNamed("docuelevate_session");
        browser.manage()
                .addCookie(new Cookie.Builder(
                                "docuelevate_session",
                                "0000"
                                        + UUID.randomUUID()
                                                .toString()
                                                .replace("-", "")
                                                .substring(0, 23)
                                        + session.getValue()
                                                .substring(session.getValue().indexOf(':')))
                        .path("/")
                        .build());
        ui.open("/duplicates");
        ui.chromium().awaitUrl(ui.url("/login?next=%2Fduplicates&expired=1"), WebUi.WAIT);
        assertTrue(browser.findElement(By.id("login-notice")).getText().contains("expired"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[action$='/auth'] button[type=submit]"))
                .click();
        ui.chromium().awaitUrl(ui.url("/duplicates"), WebUi.WAIT);
    }

    @Test
    void theLanguageChosenIsKeptWithTheUserAcrossSessions() {
        ui.signIn(user, PASSWORD);
        WebDriver browser = ui.driver();
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.cssSelector(".language-switch button[value=de]")).click();
        Poll.until(
                WebUi.WAIT,
                "the page in German",
                () -> "de".equals(browser.findElement(By.tagName("html")).getAttribute("lang")) ? true : null);
        assertEquals("Abmelden", browser.findElement(By.id("sign-out")).getText());
        ui.checkPage("home-de");

        ui.signIn(user, PASSWORD);
        assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"), "kept with the user");
        browser.findElement(By.cssSelector(".language-switch button[value=en]")).click();
        Poll.until(
                WebUi.WAIT,
                "the page in English",
                () -> "en".equals(browser.findElement(By.tagName("html")).getAttribute("lang")) ? true : null);
    }

    @Test
    void errorPagesSpeakInWordsInTheLayout() {
        ui.signIn(user, PASSWORD);
        WebDriver browser = ui.driver();
        ui.open("/no-such-page");
        assertEquals("not-found", browser.findElement(By.id("error-page")).getAttribute("data-error"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Page not found"));
        ui.checkPage("error-404");

        ui.open("/admin/");
        assertEquals("forbidden", browser.findElement(By.id("error-page")).getAttribute("data-error"));
        ui.checkPage("error-403");
        HttpResponse<String> forbidden = Http.exchange(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(ui.url("/admin/")))
                        .header(
                                "Cookie",
                                "docuelevate_session="
                                        + browser.manage()
                                                .getCookieNamed("docuelevate_session")
                                                .getValue())
                        .build());
        assertEquals(403, forbidden.statusCode());
        assertFalse(forbidden.body().contains("Exception"), "no stack trace: " + forbidden.body());
    }

    @Test
    void signingOutEndsTheSession() {
        ui.signIn(user, PASSWORD);
        WebDriver browser = ui.driver();
        browser.findElement(By.id("sign-out")).click();
        ui.chromium().awaitUrl(ui.url("/login"), WebUi.WAIT);
        ui.open("/");
        ui.chromium().awaitUrl(ui.url("/login?next=%2F"), WebUi.WAIT);
        assertTrue(browser.findElements(By.id("login-notice")).isEmpty(), "signing out is not an expired session");
    }
}
