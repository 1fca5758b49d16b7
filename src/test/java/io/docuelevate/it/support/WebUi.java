package io.docuelevate.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The web interface's tests share one server and one browser: a real Liberty server with authentication and the
 * production security headers on, and Debian's Chromium. Besides driving pages it checks what every page must
 * hold: no Content-Security-Policy violation or script error in the console, no serious or critical axe-core
 * finding, and a screenshot in light and dark, at desktop and phone width, under {@code target/screenshots/}.
 */
public final class WebUi {

    public static final Duration WAIT = Duration.ofSeconds(60);
    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String AXE_VERSION = "4.10.3";
    private static final Path BUILD = Path.of(System.getProperty("it.build.dir", "target"));
    private static final Path SCREENSHOTS = BUILD.resolve("screenshots");

    private static LibertyServer server;
    private static WebUi shared;

    private final HeadlessChromium chromium;
    private String axeSource;

    private WebUi(HeadlessChromium chromium) {
        this.chromium = chromium;
    }

    /** The server all web tests use, started once per test run (auth on, security headers on). */
    public static synchronized LibertyServer server() {
        if (server == null) {
            server = LibertyServer.war("it-web")
                    .withAuth()
                    .env("SECURITY_HEADERS_ENABLED", "true")
                    .env("RATE_LIMIT_DEFAULT", "100000/minute")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The browser all web tests use, at desktop width in the light theme, its console read (what came before is not this test's). */
    public static synchronized WebUi browser() {
        server();
        if (shared == null) {
            shared = new WebUi(HeadlessChromium.start());
            Runtime.getRuntime().addShutdownHook(new Thread(shared.chromium::close));
        }
        shared.driver().manage().window().setSize(DESKTOP);
        shared.theme("light");
        shared.chromium.consoleProblems();
        return shared;
    }

    public WebDriver driver() {
        return chromium.driver();
    }

    public HeadlessChromium chromium() {
        return chromium;
    }

    public String url(String path) {
        return server().baseUrl() + path;
    }

    public void open(String path) {
        driver().get(url(path));
    }

    /** Signs in through the sign-in page (signing out first) and waits for the start page or {@code next}. */
    public void signIn(String username, String password) {
        driver().manage().deleteAllCookies();
        chromium.consoleProblems();
        open("/login");
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("password")).sendKeys(password);
        driver().findElement(By.cssSelector("form[action$='/auth'] button[type=submit]"))
                .click();
        Poll.until(
                WAIT,
                "signed in as " + username,
                () -> driver().findElements(By.id("current-user")).isEmpty() ? null : true);
    }

    public void signInAsAdmin() {
        signIn(LibertyServer.ADMIN_USERNAME, server().adminPassword());
    }

    /**
     * Console errors and CSP violations since the last look; fails the test if there are any. On pages named
     * {@code error-*} the page's own error status, which the browser logs, is expected.
     */
    public void assertCleanConsole(String page) {
        String current = driver().getCurrentUrl();
        List<String> problems = chromium.consoleProblems().stream()
                .filter(problem ->
                        !(problem.startsWith(current + " - Failed to load resource") && page.startsWith("error-")))
                .toList();
        assertEquals(List.of(), problems, "the browser console on " + page + " shows no error or CSP violation");
    }

    /** Runs axe-core on the page as it is and fails on any serious or critical violation. */
    public void assertAccessible(String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver();
        js.executeScript(axe());
        driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String result = (String)
                js.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "axe.run(document, {resultTypes: ['violations']})"
                                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                                + ".catch(function (e) { done(JSON.stringify([{impact: 'critical', id: 'axe-error', help: String(e)}])); });");
        JsonArray violations = Json.createReader(new StringReader(result)).readArray();
        List<String> severe = violations.stream()
                .map(JsonObject.class::cast)
                .filter(v -> List.of("serious", "critical").contains(v.getString("impact", "")))
                .map(v -> v.getString("id") + ": " + v.getString("help") + " "
                        + v.getOrDefault("nodes", Json.createArrayBuilder().build()))
                .toList();
        assertEquals(List.of(), severe, "axe-core finds no serious or critical violation on " + page);
    }

    /** Screenshots of the page in light and dark, at desktop and phone width: target/screenshots/NAME-THEME-WIDTH.png. */
    public void screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (String theme : List.of("light", "dark")) {
                theme(theme);
                for (Map.Entry<String, Dimension> size :
                        Map.of("desktop", DESKTOP, "phone", PHONE).entrySet()) {
                    driver().manage().window().setSize(size.getValue());
                    Path shot = ((TakesScreenshot) driver())
                            .getScreenshotAs(OutputType.FILE)
                            .toPath();
                    Files.copy(
                            shot,
                            SCREENSHOTS.resolve(name + "-" + theme + "-" + size.getKey() + ".png"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            theme("light");
            driver().manage().window().setSize(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three checks every page gets: clean console, accessible, screenshots. */
    public void checkPage(String name) {
        assertCleanConsole(name);
        assertAccessible(name);
        screenshots(name);
        assertCleanConsole(name);
    }

    /** Makes the page render as the system's light or dark setting would. */
    public void theme(String scheme) {
        ((ChromeDriver) driver())
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private String axe() {
        if (axeSource == null) {
            Path script = BUILD.resolve("npm/node_modules/axe-core/axe.min.js");
            try {
                if (!Files.exists(script)) {
                    Process npm = new ProcessBuilder(
                                    "npm",
                                    "install",
                                    "--no-save",
                                    "--no-audit",
                                    "--no-fund",
                                    "--prefix",
                                    BUILD.resolve("npm").toString(),
                                    "axe-core@" + AXE_VERSION)
                            .redirectErrorStream(true)
                            .start();
                    String output = new String(npm.getInputStream().readAllBytes());
                    assertTrue(
                            npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0,
                            "npm install axe-core: " + output);
                }
                axeSource = Files.readString(script);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return axeSource;
    }
}
