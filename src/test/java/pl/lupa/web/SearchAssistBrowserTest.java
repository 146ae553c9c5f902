package pl.lupa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.lupa.testing.TestServer;

/**
 * The page's help with typing, in headless Chromium over the sample articles: the suggestion
 * list under the box (the ARIA combobox pattern, keyboard only) and the did-you-mean link.
 */
class SearchAssistBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static TestServer server;
    private static ChromeDriver driver;
    private static Chromium chromium;

    private WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Chromium.assumePresent();
        server = TestServer.onSampleDocs(tmp);
        chromium = Chromium.start(tmp.resolve("chromium-profile"));
        driver = chromium.driver;
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void blank() {
        wait = new WebDriverWait(driver, WAIT);
        driver.get("about:blank");
        driver.manage().logs().get(LogType.BROWSER);
    }

    @AfterEach
    void consoleIsClean() {
        assertThat(chromium.consoleErrors()).as("browser console errors").isEmpty();
    }

    @Test
    void typeArrowDownEnterSearchesTheSuggestion() throws IOException {
        open("/");
        WebElement box = driver.findElement(By.id("q"));
        assertThat(box.getDomAttribute("role")).isEqualTo("combobox");
        WebElement list = driver.findElement(By.id(box.getDomAttribute("aria-controls")));
        assertThat(list.getDomAttribute("role")).isEqualTo("listbox");

        box.sendKeys("nvid");
        wait.until(d -> list.isDisplayed() && !options().isEmpty());
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("true");
        List<String> shown = options().stream()
                .map(o -> o.findElement(By.cssSelector(".completion-text")).getText())
                .toList();
        List<String> api = new ArrayList<>();
        JSON.readTree(server.get("/api/suggest?size=8&q=nvid").body())
                .get("suggestions")
                .forEach(s -> api.add(s.get("text").asText()));
        assertThat(shown).isEqualTo(api).first().isEqualTo("Nvidia");

        box.sendKeys(Keys.ARROW_DOWN);
        WebElement first = options().get(0);
        assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo(first.getDomAttribute("id"));
        assertThat(first.getDomAttribute("aria-selected")).isEqualTo("true");

        long before = renders();
        box.sendKeys(Keys.ENTER);
        wait.until(d -> renders() > before && !"loading".equals(resultsState()));
        assertThat(driver.getCurrentUrl()).contains("q=Nvidia");
        assertThat(box.getDomProperty("value")).isEqualTo("Nvidia");
        assertThat(list.isDisplayed()).isFalse();
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
        long total = JSON.readTree(server.get("/api/search?size=1&q=Nvidia").body())
                .get("total")
                .asLong();
        assertThat(total).isPositive();
        assertThat(driver.findElements(By.cssSelector("#hits-area .hit"))).hasSize((int) Math.min(10, total));
    }

    @Test
    void escapeClosesTheListAndSlashFocusesTheBox() {
        open("/");
        WebElement box = driver.findElement(By.id("q"));
        WebElement list = driver.findElement(By.id("q-suggestions"));
        box.sendKeys("mikroso");
        wait.until(d -> list.isDisplayed() && !options().isEmpty());
        assertThat(options().get(0).getText()).startsWith("Microsoft");

        box.sendKeys(Keys.ESCAPE);
        assertThat(list.isDisplayed()).isFalse();
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(box.getDomAttribute("aria-activedescendant")).isNull();
        assertThat(box.getDomProperty("value")).isEqualTo("mikroso");

        driver.executeScript("document.activeElement.blur()");
        assertThat(driver.switchTo().activeElement()).isNotEqualTo(box);
        new Actions(driver).sendKeys("/").perform();
        assertThat(driver.switchTo().activeElement()).isEqualTo(box);
        assertThat(box.getDomProperty("value")).isEqualTo("mikroso"); // the slash was not typed
    }

    @Test
    void theDidYouMeanLinkSearchesTheBetterSpelling() throws IOException {
        open("/?q=Micorsoft");
        WebElement note = wait.until(d -> d.findElement(By.id("did-you-mean")));
        assertThat(note.getText()).startsWith("Czy chodziło Ci o: Microsoft");
        assertThat(driver.findElement(By.id("corrected-note")).getText()).contains("Micorsoft → Microsoft");
        WebElement link = note.findElement(By.tagName("a"));
        assertThat(link.getText()).isEqualTo("Microsoft");
        assertThat(link.getDomAttribute("href")).contains("q=Microsoft");

        long before = renders();
        link.click();
        wait.until(d -> renders() > before && !"loading".equals(resultsState()));
        assertThat(driver.getCurrentUrl()).contains("q=Microsoft").doesNotContain("Micorsoft");
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("Microsoft");
        assertThat(driver.findElements(By.id("did-you-mean"))).isEmpty();
        long total = JSON.readTree(server.get("/api/search?size=1&q=Microsoft").body())
                .get("total")
                .asLong();
        assertThat(driver.findElement(By.id("status")).getText()).startsWith(total + " wyników");
    }

    @Test
    void aCompanyTheQueryNamesIsOfferedAsAFilter() throws IOException {
        open("/?q=" + enc("open ai"));
        WebElement offer = wait.until(d -> d.findElement(By.id("company-offer")));
        assertThat(offer.getText()).isEqualTo("Filtruj: firma OpenAI");

        long before = renders();
        offer.findElement(By.tagName("a")).click();
        wait.until(d -> renders() > before && !"loading".equals(resultsState()));
        assertThat(driver.getCurrentUrl()).contains("company=OpenAI").contains("q=open");
        assertThat(driver.findElement(By.cssSelector("[data-facet=company] input[data-value=OpenAI]"))
                        .isSelected())
                .isTrue();
        assertThat(driver.findElements(By.id("company-offer"))).isEmpty();
        long total = JSON.readTree(server.get("/api/search?size=1&company=OpenAI&q=" + enc("open ai"))
                        .body())
                .get("total")
                .asLong();
        assertThat(driver.findElements(By.cssSelector("#hits-area .hit"))).hasSize((int) Math.min(10, total));
    }

    private List<WebElement> options() {
        return driver.findElements(By.cssSelector("#q-suggestions [role=option]"));
    }

    private void open(String pathAndQuery) {
        driver.get(server.url(pathAndQuery));
        wait.until(d -> renders() >= 1 && !"loading".equals(resultsState()));
    }

    private long renders() {
        Object n = driver.executeScript("return Number(document.body.getAttribute('data-renders') || 0)");
        return n instanceof Number num ? num.longValue() : 0;
    }

    private String resultsState() {
        return (String) driver.executeScript(
                "var r = document.getElementById('results'); return r ? r.getAttribute('data-state') : null");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
