package pl.lupa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by its chromedriver, as the browser tests use it: Polish
 * locale, a desktop window, the console log kept. Without the browser a test class is skipped,
 * except under {@code CI=true}, where it fails.
 */
final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** Skips (or under CI fails) the calling test class when the browser is not installed. */
    static void assumeInstalled() {
        boolean browserPresent = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        String missing = "headless Chromium and ChromeDriver are needed (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(browserPresent).as(missing).isTrue();
        } else {
            Assumptions.assumeTrue(browserPresent, missing);
        }
    }

    /** A new browser with its profile in {@code tmp}. */
    static ChromeDriver start(Path tmp) throws IOException {
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
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return new ChromeDriver(service, options);
    }
}
