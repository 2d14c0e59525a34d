package org.incidex.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;

/**
 * Headless Chromium for the browser tests: the system's {@code chromium} and {@code chromedriver} (Debian packages
 * chromium and chromium-driver, which {@code .ci/run} installs), never a downloaded one: Selenium Manager is not
 * used, so nothing leaves the machine. Without them the tests are skipped with a message saying what to install.
 * Each instance has its own profile and download directory. Not thread-safe: one test class uses one browser.
 */
final class Browser implements AutoCloseable {
    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/snap/bin/chromium");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver",
            "/snap/bin/chromium.chromedriver");
    static final Duration WAIT = Duration.ofSeconds(15);

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    private Browser(ChromeDriver driver, Path downloads, Path profile) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
    }

    private static Optional<String> find(String env, List<String> candidates) {
        String v = System.getenv(env);
        if (v != null && !v.isBlank()) return Optional.of(v).filter(p -> Files.isExecutable(Path.of(p)));
        return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }

    /** Starts a browser of the given window size, or skips the calling test class when none is installed. */
    static Browser start(int width, int height) {
        Optional<String> chromium = find("INCIDEX_CHROMIUM", CHROMIUM);
        Optional<String> driver = find("INCIDEX_CHROMEDRIVER", DRIVER);
        if (chromium.isEmpty() || driver.isEmpty()) {
            String msg = "SKIPPED browser tests: " + (chromium.isEmpty() ? "no Chromium " + CHROMIUM : "")
                    + (driver.isEmpty() ? " no chromedriver " + DRIVER : "")
                    + ". Install them (Debian/Ubuntu: apt-get install chromium chromium-driver) or set "
                    + "INCIDEX_CHROMIUM / INCIDEX_CHROMEDRIVER.";
            System.err.println("\n*** " + msg + " ***\n");
            Assumptions.abort(msg);
        }
        try {
            Path profile = Files.createTempDirectory("incidex-chromium-");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.get());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-quic",
                    "--user-data-dir=" + profile.resolve("profile"), "--window-size=" + width + "," + height);
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(driver.get()))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver d = new ChromeDriver(service, options);
            d.manage().window().setSize(new Dimension(width, height));
            return new Browser(d, downloads, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a condition; elements re-rendered while it is checked (stale references) just mean "not yet". */
    <T> T waitFor(Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait.until(condition);
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** Waits until the search page has drawn the answer to its current URL (heading says how many incidents). */
    void awaitResults() {
        waitFor(d -> {
            String busy = d.findElement(By.id("results")).getAttribute("aria-busy");
            String heading = d.findElement(By.id("results-heading")).getText();
            return busy == null && heading.matches("[\\d,]+ incidents?|Search failed") ? heading : null;
        });
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The browser console since the last call (errors such as CSP violations and uncaught exceptions). */
    List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** The console's errors since the last call to {@link #console()} or this. */
    List<String> consoleErrors() {
        return console().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is not worth failing a test for
        }
    }
}
