package io.docuelevate.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.WebUi;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * The admin pages in a real browser under the production security headers: users (create, disable, enable), API
 * tokens (shown once with a copy button, listed, revoked), backups with the restore confirmation, the readiness report
 * in the layout, the audit log with filters, the configuration with its secrets masked; a user gets the 403 page.
 */
class WebAdminIT {

    private static WebUi ui;

    @BeforeAll
    static void start() {
        ui = WebUi.browser();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static WebElement row(String attribute, String value) {
        return ui.driver().findElement(By.cssSelector("tr[" + attribute + "='" + value + "']"));
    }

    /** Clicks a button that submits its form and waits for the answer page (the old page gone). */
    private static void submit(WebElement button) {
        WebElement before = ui.driver().findElement(By.tagName("html"));
        button.click();
        Poll.until(WebUi.WAIT, "the answer page", () -> {
            try {
                before.isDisplayed();
                return null;
            } catch (WebDriverException gone) {
                // stale, or "does not belong to the document" when Chromium has swapped documents meanwhile
                return true;
            }
        });
    }

    private static String notice() {
        return Poll.until(WebUi.WAIT, "the outcome of the action", () -> {
            List<WebElement> found = ui.driver().findElements(By.id("notice"));
            return found.isEmpty() ? null : found.get(0).getText();
        });
    }

    @Test
    void anAdministratorCreatesDisablesAndEnablesAUserAndTheAuditLogShowsIt() {
        ui.signInAsAdmin();
        WebDriver browser = ui.driver();
        ui.open("/admin/");
        assertEquals("Administration", browser.findElement(By.tagName("h1")).getText());
        for (String page : List.of("users", "tokens", "backups", "readiness", "audit", "config")) {
            assertEquals(1, browser.findElements(By.id("link-" + page)).size(), page);
        }
        assertTrue(
                browser.findElements(By.id("link-admin-center")).isEmpty(), "the admin center is off on this server");
        ui.checkPage("admin-overview");

        String name = unique("admin-web");
        String password = "Us3r-" + UUID.randomUUID();
        ui.open("/admin/users");
        browser.findElement(By.id("new-username")).sendKeys(name);
        browser.findElement(By.id("new-password")).sendKeys(password);
        submit(browser.findElement(By.id("create-user-submit")));
        assertTrue(notice().contains(name), "created");
        assertEquals(
                "Active",
                row("data-user", name).findElement(By.className("user-state")).getText());
        ui.checkPage("admin-users");

        String userToken = ApiSession.signIn(WebUi.server(), name, password)
                .postJson("/api/api-tokens", "{\"name\": \"before-disable\"}")
                .json()
                .getString("token");
        assertEquals(200, whoAmI(userToken));
        submit(row("data-user", name).findElement(By.cssSelector("[data-action=disable]")));
        assertTrue(notice().contains("disabled"), "disabled");
        assertEquals(
                "Disabled",
                row("data-user", name).findElement(By.className("user-state")).getText());
        assertEquals(
                401,
                Http.exchange(
                                Http.browser(new CookieManager()),
                                Http.loginRequest(WebUi.server().baseUrl(), name, password)
                                        .build())
                        .statusCode(),
                "a disabled user cannot sign in");
        assertEquals(401, whoAmI(userToken), "a disabled user's API token stops working");
        submit(row("data-user", name).findElement(By.cssSelector("[data-action=enable]")));
        assertTrue(notice().contains("sign in again"), "enabled");
        assertEquals(200, whoAmI(userToken), "and works again once the user is enabled");
        ApiSession.signIn(WebUi.server(), name, password);

        browser.findElement(By.id("new-username")).sendKeys(name);
        browser.findElement(By.id("new-password")).sendKeys(password);
        submit(browser.findElement(By.id("create-user-submit")));
        assertEquals("A user with this name exists already.", notice(), "refusal in words");
        assertEquals("alert", browser.findElement(By.id("notice")).getDomAttribute("role"));

        ui.open("/admin/audit?user=" + LibertyServer.ADMIN_USERNAME + "&action=user.create");
        List<WebElement> created = browser.findElements(By.cssSelector("tr[data-action='user.create']"));
        assertTrue(created.stream().anyMatch(r -> r.getText().contains(name)), "the creation is in the audit log");
        assertTrue(browser.findElements(By.cssSelector("#audit tbody tr:not([data-action='user.create'])"))
                .isEmpty());
        ui.checkPage("admin-audit");
        ui.open("/admin/audit?action=user.update&from=2000-01-01&to=2000-01-31");
        assertEquals(
                "No records match these filters.",
                browser.findElement(By.id("audit-range")).getText());
    }

    @Test
    void aNewTokenIsShownOnceWithACopyButtonListedAndRevoked() {
        ui.signInAsAdmin();
        WebDriver browser = ui.driver();
        String name = unique("ci");
        ui.open("/admin/tokens");
        browser.findElement(By.id("token-name")).sendKeys(name);
        browser.findElement(By.id("token-days")).sendKeys("30");
        submit(browser.findElement(By.id("create-token-submit")));
        assertTrue(notice().contains(name));
        String token = browser.findElement(By.id("new-token")).getDomProperty("value");
        assertTrue(token.matches("de_[A-Za-z0-9_-]{43}"), token);
        WebElement copy = browser.findElement(By.id("copy-token"));
        assertEquals("Copy token", copy.getText());
        assertEquals("active", row("data-token", name).getDomAttribute("data-state"));
        ui.checkPage("admin-token-created");
        copy.click();
        Poll.until(
                WebUi.WAIT,
                "the copy outcome announced",
                () -> browser.findElement(By.id("copy-status")).getText().isEmpty() ? null : true);
        assertEquals(200, whoAmI(token), "the token works");

        ui.open("/admin/tokens");
        assertFalse(browser.getPageSource().contains(token), "the token is shown only once");
        assertTrue(browser.findElements(By.id("new-token")).isEmpty());
        submit(row("data-token", name).findElement(By.cssSelector("[data-action=revoke]")));
        assertTrue(notice().contains("revoked"));
        assertEquals("revoked", row("data-token", name).getDomAttribute("data-state"));
        assertEquals(401, whoAmI(token), "a revoked token no longer works");
        ui.checkPage("admin-tokens");
        submit(row("data-token", name).findElement(By.cssSelector("[data-action=delete]")));
        assertTrue(notice().contains("deleted"));
        assertTrue(browser.findElements(By.cssSelector("tr[data-token='" + name + "']"))
                .isEmpty());
    }

    private static int whoAmI(String token) {
        return Http.send(HttpRequest.newBuilder(URI.create(WebUi.server().baseUrl() + "/api/auth/whoami"))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build())
                .status();
    }

    @Test
    void backupsReadinessAndConfigurationRenderInTheLayoutWithSecretsMasked() {
        ui.signInAsAdmin();
        WebDriver browser = ui.driver();
        ui.open("/admin/backups");
        assertEquals(
                3, browser.findElements(By.cssSelector("#schedule tbody tr")).size(), "hourly, daily, weekly");
        submit(browser.findElement(By.id("create-backup-submit")));
        assertTrue(notice().contains("started"));
        WebElement verified = Poll.until(WebUi.WAIT, "a verified backup", () -> {
            ui.open("/admin/backups");
            return browser.findElements(By.cssSelector("tr[data-status=verified]")).stream()
                    .findFirst()
                    .orElse(null);
        });
        String download = verified.findElement(By.linkText("Download")).getDomAttribute("href");
        assertTrue(download.matches("/api/admin/backup/\\d+/download"), download);
        ui.checkPage("admin-backups");
        submit(verified.findElement(By.cssSelector("[data-action=restore]")));
        WebElement confirm = browser.findElement(By.id("restore-confirm"));
        assertTrue(confirm.getText().contains("replaces all documents"), confirm.getText());
        ui.checkPage("admin-backup-restore-confirm");
        submit(browser.findElement(By.id("restore-cancel")));
        Poll.until(
                WebUi.WAIT,
                "the confirmation gone",
                () -> browser.findElements(By.id("restore-confirm")).isEmpty() ? true : null);

        ui.open("/admin/readiness");
        assertEquals(
                1,
                browser.findElements(By.cssSelector(".admin-nav a.active[href='/admin/readiness']"))
                        .size());
        assertTrue(browser.findElements(By.cssSelector("#items tr")).size() >= 16);
        assertTrue(browser.findElement(By.id("overall")).getText().matches("Pass|Warning|Fail"));
        assertEquals("fail", row("id", "item-database").getDomAttribute("data-status"), "the embedded H2 database");
        ui.checkPage("admin-readiness");

        ui.open("/admin/config");
        WebElement secret = browser.findElement(By.id("setting-SESSION_SECRET"));
        assertEquals("true", secret.getDomAttribute("data-masked"));
        assertTrue(secret.getText().contains("********"), secret.getText());
        assertFalse(
                browser.getPageSource().contains(WebUi.server().adminPassword()), "the admin password is never shown");
        assertTrue(browser.findElement(By.id("setting-AUTH_ENABLED")).getText().contains("true"));
        ui.checkPage("admin-config");
        ui.open("/admin/config?q=secret");
        assertTrue(browser.findElements(By.id("setting-AUTH_ENABLED")).isEmpty(), "filtered by name");
    }

    @Test
    void aUserGetsTheForbiddenPageOnTheAdminPages() {
        String name = unique("admin-no");
        String password = "Us3r-" + UUID.randomUUID();
        ApiSession.admin(WebUi.server()).createUser(name, password, false);
        ui.signIn(name, password);
        ui.open("/admin/users");
        assertEquals("forbidden", ui.driver().findElement(By.id("error-page")).getDomAttribute("data-error"));
        assertTrue(ui.driver().findElements(By.id("users")).isEmpty());
        ui.checkPage("error-403-admin");
    }
}
