package io.docuelevate.it.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The pages in a real browser (Debian's Chromium, headless) under the production security headers: signing in
 * through the login form and the readiness page's script, stylesheet and fetches all work with the strict
 * Content-Security-Policy, and the browser reports no violation. A control case shows that the policy is
 * enforced and that a violation would be seen.
 */
class PagesUnderCspIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static LibertyServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver are installed by bin/setup-services (packages chromium, chromium-driver)");
        server = LibertyServer.war("it-pages-csp").withAuth()
                .env("SECURITY_HEADERS_ENABLED", "true")
                .env("RATE_LIMITING_ENABLED", "false")
                .start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void signingInAndTheReadinessPageWorkUnderTheContentSecurityPolicy() {
        Http.Answer headers = Http.get(server.baseUrl() + "/login");
        String policy = headers.header("Content-Security-Policy");
        assertTrue(policy != null && policy.contains("script-src 'self';"), "the strict policy is sent with the page: " + policy);

        browser.get(server.baseUrl() + "/admin/readiness.html");
        awaitPage("/login?next=%2Fadmin%2Freadiness.html");
        browser.findElement(By.name("username")).sendKeys(LibertyServer.ADMIN_USERNAME);
        browser.findElement(By.name("password")).sendKeys(server.adminPassword());
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        awaitPage("/admin/readiness.html");
        List<WebElement> rows = Poll.until(WAIT, "the readiness items rendered by readiness.js", () -> {
            List<WebElement> found = browser.findElements(By.cssSelector("#items tr"));
            return found.size() >= 16 ? found : null;
        });
        assertTrue(rows.get(0).getText().matches("(?s).*(pass|warn|fail).*"), rows.get(0).getText());
        String overall = browser.findElement(By.id("overall")).getText();
        assertTrue(overall.matches("(?i)pass|warn|fail"), "the overall status is filled in: " + overall);
        assertFalse(browser.findElement(By.id("error")).isDisplayed(), "no error shown by the page");
        Object styled = ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector('table')).borderCollapse;");
        assertEquals("collapse", styled, "readiness.css is applied");

        browser.findElement(By.id("refresh")).click();
        Poll.until(WAIT, "the report refreshed", () -> browser.findElements(By.cssSelector("#items tr")).size() >= 16 ? true : null);

        List<String> problems = browserProblems();
        assertEquals(List.of(), problems, "the browser reported errors or policy violations on the pages");
    }

    @Test
    void anInlineScriptIsBlockedAndTheViolationIsReported() {
        browser.get(server.baseUrl() + "/login");
        browserProblems();
        ((JavascriptExecutor) browser).executeScript("""
                const script = document.createElement('script');
                script.textContent = 'document.body.dataset.inline = "ran";';
                document.head.appendChild(script);
                """);
        assertEquals(null, browser.findElement(By.tagName("body")).getDomAttribute("data-inline"), "the inline script did not run");
        List<String> problems = Poll.until(WAIT, "the violation in the browser log", () -> {
            List<String> found = browserProblems();
            return found.isEmpty() ? null : found;
        });
        assertTrue(problems.stream().anyMatch(line -> line.contains("Content Security Policy")), problems.toString());
    }

    /** Waits for the browser to show {@code path}; on time-out says where it is and what it shows. */
    private static void awaitPage(String path) {
        try {
            Poll.until(WAIT, path, () -> browser.getCurrentUrl().equals(server.baseUrl() + path) ? true : null);
        } catch (AssertionError e) {
            String source = browser.getPageSource();
            throw new AssertionError("expected " + path + ", the browser is at " + browser.getCurrentUrl() + " showing "
                    + source.substring(0, Math.min(source.length(), 600)) + "; console: " + browserProblems(), e);
        }
    }

    /** Errors and CSP violations from the browser console since the last call (favicon misses aside). */
    private static List<String> browserProblems() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()
                        || entry.getMessage().contains("Content Security Policy"))
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }
}
