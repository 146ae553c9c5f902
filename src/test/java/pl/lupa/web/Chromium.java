package pl.lupa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for a browser test class, set up as {@link BrowserTest} sets it up (the
 * same flags, console logging, skipped locally and failing under {@code CI=true} when Chromium is
 * missing), with the waits every page test needs: for the page to have rendered, and for it to
 * render anew after an action.
 */
final class Chromium implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(10);

    final ChromeDriver driver;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Skips the test class locally when Chromium is missing; under {@code CI=true} fails. */
    static void assumePresent() {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        String missing = "headless Chromium and ChromeDriver are needed (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(present).as(missing).isTrue();
        } else {
            Assumptions.assumeTrue(present, missing);
        }
    }

    static Chromium start(Path profile) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=pl-PL",
                "--user-data-dir=" + Files.createDirectories(profile));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return new Chromium(new ChromeDriver(service, options));
    }

    WebDriverWait waiter() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Opens a page and waits until it has rendered its results (or a view of its own). */
    void open(String url) {
        driver.get(url);
        waiter().until(d -> renders() >= 1 && !"loading".equals(resultsState()));
    }

    /** Runs an action that changes the page state and waits until the page has rendered anew. */
    void afterRender(Runnable action) {
        long before = renders();
        action.run();
        waiter().until(d -> renders() > before && !"loading".equals(resultsState()));
    }

    long renders() {
        Object n = js("return Number(document.body.getAttribute('data-renders') || 0)");
        return n instanceof Number num ? num.longValue() : 0;
    }

    String resultsState() {
        return (String)
                js("var r = document.getElementById('results'); return r ? r.getAttribute('data-state') : null");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Severe console messages (script errors, CSP violations, failed requests) since the last call. */
    List<String> consoleErrors() {
        var errors = new ArrayList<String>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
