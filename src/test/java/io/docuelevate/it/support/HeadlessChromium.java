package io.docuelevate.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver (both installed by
 * {@code bin/setup-services}; their paths are given, so Selenium Manager never downloads anything), with the
 * browser console readable so tests can see script errors and Content-Security-Policy violations.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;

    private HeadlessChromium(WebDriver driver) {
        this.driver = driver;
    }

    public static HeadlessChromium start() {
        assertTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver are installed by bin/setup-services (packages chromium, chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Console errors, warnings and CSP violations since the last call (favicon misses aside). */
    public List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()
                        || entry.getMessage().contains("Content Security Policy"))
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }

    /** Waits until the browser shows {@code url}; on time-out says where it is and what it shows. */
    public void awaitUrl(String url, Duration timeout) {
        try {
            Poll.until(timeout, url, () -> driver.getCurrentUrl().equals(url) ? true : null);
        } catch (AssertionError e) {
            String source = driver.getPageSource();
            throw new AssertionError(
                    "expected " + url + ", the browser is at " + driver.getCurrentUrl() + " showing "
                            + source.substring(0, Math.min(source.length(), 600)) + "; console: " + consoleProblems(),
                    e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
