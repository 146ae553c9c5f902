package pl.lupa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.lupa.testing.TestServer;

/**
 * The search page in a real browser (headless Chromium): searching, facets, history, paging,
 * the article view, escaping of index text, phone layout and page weight. One browser and one
 * server for the class, over a small fixture index built in a temporary folder.
 */
class BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path tmp;

    private static TestServer server;
    private static ChromeDriver driver;
    private static Chromium chromium;
    private static String base;

    private WebDriverWait wait;
    /** Set by a test that provokes an HTTP error on purpose: the browser logs the failed request. */
    private String expectedFailedRequest;

    @BeforeAll
    static void start() throws IOException {
        Chromium.assumePresent();

        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        BrowserFixtures.write(docs);
        TestServer.index(docs, index);
        server = TestServer.start(index);
        base = server.url("");

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
    void desktop() {
        wait = new WebDriverWait(driver, WAIT);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get("about:blank");
        driver.manage().logs().get(LogType.BROWSER); // drop what earlier tests left
    }

    /** No CSP violation, script error or failed request showed up in the console. */
    @AfterEach
    void consoleIsClean() {
        List<String> errors = chromium.consoleErrors().stream()
                .filter(message -> expectedFailedRequest == null || !message.contains(expectedFailedRequest))
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    // ------------------------------------------------------------------ tests

    @Test
    void enterSearchesAndHighlightsInflectedForms() throws IOException {
        open("/");
        WebElement box = driver.findElement(By.cssSelector("form[role=search] input[type=search][name=q]"));
        afterRender(() -> {
            box.clear();
            box.sendKeys("centrach", Keys.ENTER);
        });

        assertThat(driver.getCurrentUrl()).contains("q=centrach");
        assertThat(box.getDomProperty("value")).isEqualTo("centrach");
        List<WebElement> marks = driver.findElements(By.cssSelector("#hits-area .snippet mark"));
        assertThat(marks).isNotEmpty();
        // The inflected query found other forms: centrum, centrów, centra.
        assertThat(marks).extracting(WebElement::getText).anyMatch(t -> !t.equalsIgnoreCase("centrach"));
        assertThat(status()).matches("\\d+ wynik(i|ów)? · \\d+ ms.*");
        assertThat(driver.findElement(By.cssSelector("label[for=q]")).getText()).isNotBlank();

        if (System.getProperty("lupa.screenshot") != null) {
            js("document.activeElement.blur()");
            Path target = projectRoot().resolve("docs/screenshot.png");
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void tickingACompanyFiltersTheResults() {
        open("/");
        List<String> before = hitIds();
        WebElement microsoft = wait.until(d -> d.findElements(By.cssSelector("[data-facet=company] label")).stream()
                .filter(l -> l.getText().startsWith("Microsoft"))
                .findFirst()
                .orElse(null));

        afterRender(() ->
                microsoft.findElement(By.cssSelector("input[type=checkbox]")).click());

        assertThat(driver.getCurrentUrl()).contains("company=Microsoft");
        assertThat(driver.findElement(By.cssSelector("[data-facet=company] input[data-value=Microsoft]"))
                        .isSelected())
                .isTrue();
        List<String> after = hitIds();
        assertThat(after).isNotEmpty().isNotEqualTo(before);
        for (WebElement hit : driver.findElements(By.cssSelector("#hits-area .hit"))) {
            assertThat(hit.findElements(By.cssSelector(".tag-company")))
                    .extracting(WebElement::getText)
                    .contains("Microsoft");
        }
    }

    @Test
    void backButtonRestoresThePreviousSearch() {
        open("/?q=Nvidia");
        List<String> nvidia = hitIds();
        assertThat(nvidia).isNotEmpty();

        WebElement box = driver.findElement(By.id("q"));
        afterRender(() -> {
            box.clear();
            box.sendKeys("Google", Keys.ENTER);
        });
        assertThat(hitIds()).isNotEqualTo(nvidia);

        afterRender(() -> driver.navigate().back());
        assertThat(driver.getCurrentUrl()).contains("q=Nvidia");
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("Nvidia");
        assertThat(hitIds()).isEqualTo(nvidia);

        afterRender(() -> driver.navigate().forward());
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("Google");
    }

    @Test
    void paginationShowsTheNextPageAndBackReturns() {
        open("/");
        assertThat(status()).startsWith(BrowserFixtures.ARTICLES + " wyników");
        List<String> first = hitIds();
        assertThat(first).hasSize(10);
        assertThat(driver.findElement(By.cssSelector("#pager [aria-current=page]"))
                        .getText())
                .isEqualTo("1");

        afterRender(() -> driver.findElement(By.cssSelector("#pager a[aria-label='Strona 2']"))
                .click());

        assertThat(driver.getCurrentUrl()).contains("page=2");
        List<String> second = hitIds();
        assertThat(second).hasSize(BrowserFixtures.ARTICLES - 10).doesNotContainAnyElementsOf(first);
        assertThat(driver.findElement(By.cssSelector("#pager [aria-current=page]"))
                        .getText())
                .isEqualTo("2");
        assertThat(driver.findElement(By.cssSelector("#pager .pager-next")).getDomAttribute("aria-disabled"))
                .isEqualTo("true");

        afterRender(() -> driver.navigate().back());
        assertThat(driver.getCurrentUrl()).doesNotContain("page=");
        assertThat(hitIds()).isEqualTo(first);
    }

    @Test
    void markupInArticlesIsShownAsTextAndNeverRun() {
        open("/?q=wstrzykn%C4%85%C4%87");
        WebElement hit =
                driver.findElement(By.cssSelector("#hits-area .hit[data-id='" + BrowserFixtures.XSS_ID + "']"));
        assertThat(hit.getText())
                .contains(BrowserFixtures.SCRIPT_TEXT)
                .contains(BrowserFixtures.BOLD_TEXT)
                .contains("<img src=x onerror=window.__xss=2>");
        assertThat(driver.findElements(By.cssSelector("#results script, #results b, #results img")))
                .isEmpty();
        assertThat(js("return typeof window.__xss")).isEqualTo("undefined");

        // No URL: the title opens the in-app article view.
        afterRender(() -> hit.findElement(By.cssSelector(".hit-title a")).click());
        assertThat(driver.getCurrentUrl()).contains("doc=");
        WebElement doc = driver.findElement(By.id("doc"));
        assertThat(doc.isDisplayed()).isTrue();
        assertThat(doc.findElement(By.cssSelector(".doc-body")).getText())
                .contains(BrowserFixtures.SCRIPT_TEXT)
                .contains(BrowserFixtures.BOLD_TEXT);
        assertThat(doc.findElement(By.cssSelector(".doc-title")).getText()).isEqualTo(BrowserFixtures.XSS_TITLE);
        assertThat(doc.findElements(By.cssSelector("script, b, img"))).isEmpty();
        assertThat(doc.findElements(By.cssSelector(".doc-body mark")))
                .extracting(WebElement::getText)
                .contains("wstrzyknąć");
        assertThat(js("return typeof window.__xss")).isEqualTo("undefined");

        // The same view opened from a shared link.
        open("/?q=wstrzykn%C4%85%C4%87&doc="
                + java.net.URLEncoder.encode(BrowserFixtures.XSS_ID, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(driver.findElement(By.cssSelector("#doc .doc-body")).getText())
                .contains(BrowserFixtures.SCRIPT_TEXT);
        assertThat(js("return typeof window.__xss")).isEqualTo("undefined");
    }

    @Test
    void articleViewShowsTheWholeTextAndLeadsBack() {
        open("/?q=centrum+danych");
        List<String> results = hitIds();
        WebElement hit =
                driver.findElement(By.cssSelector("#hits-area .hit[data-id='2024/microsoft-centrum-danych.md']"));
        afterRender(() -> hit.findElement(By.cssSelector(".hit-title a")).click());

        assertThat(driver.getCurrentUrl()).contains("doc=2024%2Fmicrosoft-centrum-danych.md");
        assertThat(driver.findElement(By.id("results")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#doc .doc-body p"))).hasSize(3);
        assertThat(driver.findElement(By.cssSelector("#doc .doc-meta")).getText())
                .contains("15 października 2024")
                .contains("TechRynek")
                .contains("Agnieszka Lis");
        assertThat(driver.findElements(By.cssSelector("#doc .doc-body mark")))
                .extracting(WebElement::getText)
                .anyMatch(t -> t.equalsIgnoreCase("centrach"));

        afterRender(() -> driver.findElement(By.cssSelector("#doc .back-link")).click());
        assertThat(driver.getCurrentUrl()).doesNotContain("doc=");
        assertThat(hitIds()).isEqualTo(results);
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("centrum danych");
    }

    @Test
    void sharedUrlRendersItsState() {
        open("/?q=Microsoft&sort=date");
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("Microsoft");
        assertThat(driver.findElement(By.cssSelector(".sort-btn[data-sort=date]"))
                        .getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector(".sort-btn[data-sort=relevance]"))
                        .getDomAttribute("aria-pressed"))
                .isEqualTo("false");
        List<String> dates = driver.findElements(By.cssSelector("#hits-area .hit-meta time")).stream()
                .map(t -> t.getDomAttribute("datetime"))
                .toList();
        assertThat(dates).hasSizeGreaterThan(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        afterRender(() -> driver.findElement(By.cssSelector(".sort-btn[data-sort=relevance]"))
                .click());
        assertThat(driver.getCurrentUrl()).contains("sort=relevance");
        assertThat(driver.findElement(By.cssSelector(".sort-btn[data-sort=relevance]"))
                        .getDomAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void yearFacetNarrowsTheRangeAndListsItsMonths() {
        open("/");
        assertThat(driver.findElements(By.cssSelector("[data-facet=month]"))).isEmpty();
        afterRender(() -> driver.findElement(By.cssSelector("[data-facet=year] input[data-value='2024']"))
                .click());

        assertThat(driver.getCurrentUrl()).contains("from=2024").contains("to=2024");
        assertThat(status()).startsWith("3 wyniki");
        assertThat(driver.findElement(By.cssSelector("[data-facet=year] input[data-value='2024']"))
                        .isSelected())
                .isTrue();
        assertThat(driver.findElements(By.cssSelector("[data-facet=month] .facet-label")))
                .extracting(WebElement::getText)
                .containsExactly("październik 2024", "sierpień 2024", "marzec 2024");
        assertThat(driver.findElement(By.id("date-from")).getDomProperty("value"))
                .isEqualTo("2024-01-01");

        afterRender(() -> driver.findElement(By.cssSelector("[data-facet=month] input[data-value='2024-08']"))
                .click());
        assertThat(status()).startsWith("1 wynik ");
        assertThat(driver.findElements(By.cssSelector("[data-facet=month] input")))
                .hasSize(3);
        assertThat(driver.findElement(By.cssSelector("[data-facet=month] input[data-value='2024-08']"))
                        .isSelected())
                .isTrue();

        // The same year written as a day range counts as the year.
        open("/?from=2024-01-01&to=2024-12-31");
        assertThat(driver.findElement(By.cssSelector("[data-facet=year] input[data-value='2024']"))
                        .isSelected())
                .isTrue();
        assertThat(driver.findElements(By.cssSelector("[data-facet=month] input")))
                .hasSize(3);
    }

    @Test
    void partialMatchesFollowUnderAHeadingAndSayWhatTheyLack() {
        open("/?q=" + java.net.URLEncoder.encode("Microsoft centrum", java.nio.charset.StandardCharsets.UTF_8));
        List<WebElement> lists = driver.findElements(By.cssSelector("#hits-area ol.hits"));
        assertThat(lists).as("full matches, then partial ones").hasSize(2);
        assertThat(driver.findElement(By.cssSelector("#hits-area .partial-heading"))
                        .getText())
                .isEqualTo("Wyniki zawierające tylko część słów");
        assertThat(lists.get(0).findElements(By.cssSelector(".hit-missing"))).isEmpty();
        List<WebElement> partial = lists.get(1).findElements(By.cssSelector(".hit"));
        assertThat(partial)
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(
                                hit.findElement(By.cssSelector(".hit-missing")).getText())
                        .matches("Bez słowa: (Microsoft|centrum)"));
        assertThat(lists.get(1).getDomAttribute("start"))
                .isEqualTo(String.valueOf(
                        lists.get(0).findElements(By.cssSelector(".hit")).size() + 1));
        assertThat(status()).matches("\\d+ wynik(i|ów)? · \\d+ z częścią słów · \\d+ ms.*");
    }

    @Test
    void nonsenseQueryShowsTheEmptyState() {
        open("/");
        WebElement box = driver.findElement(By.id("q"));
        afterRender(() -> {
            box.clear();
            box.sendKeys("qxzwvkjh", Keys.ENTER);
        });
        assertThat(driver.findElement(By.id("results")).getDomAttribute("data-state"))
                .isEqualTo("empty");
        assertThat(driver.findElement(By.id("hits-area")).getText()).contains("Brak wyników dla „qxzwvkjh”.");
        assertThat(status()).startsWith("0 wyników");
    }

    @Test
    void snippetsCutShortAreNotJoinedByASecondEllipsis() {
        open("/?q=" + java.net.URLEncoder.encode("kabel", java.nio.charset.StandardCharsets.UTF_8));
        // [text, the ellipsis the page puts before it] for each snippet of the hit
        @SuppressWarnings("unchecked")
        var snippets = (List<List<String>>) js("""
                return Array.prototype.map.call(
                  document.querySelectorAll('#hits-area .hit[data-id="2026/kabel-baltycki.md"] .snippet'),
                  function (p) { return [p.textContent, getComputedStyle(p, '::before').content]; });""");
        assertThat(snippets).hasSizeGreaterThan(1);
        int cut = 0;
        for (int i = 1; i < snippets.size(); i++) {
            String previous = snippets.get(i - 1).get(0).strip();
            String text = snippets.get(i).get(0).strip();
            boolean ownEllipsis = previous.endsWith("…") || text.startsWith("…");
            boolean pageEllipsis = snippets.get(i).get(1).contains("…");
            assertThat(ownEllipsis && pageEllipsis).as(previous + " | " + text).isFalse();
            assertThat(ownEllipsis || pageEllipsis).as("the gap is marked once").isTrue();
            cut += ownEllipsis ? 1 : 0;
        }
        assertThat(cut).as("passages cut short").isPositive();
    }

    @Test
    void aCompanyInAnyCaseIsTickedUnderItsNameAndAnUnknownOneOffersTheClosest() {
        open("/?company=microsoft");
        assertThat(driver.getCurrentUrl()).contains("company=Microsoft").doesNotContain("company=microsoft");
        WebElement box = driver.findElement(By.cssSelector("[data-facet=company] input[data-value=Microsoft]"));
        assertThat(box.isSelected()).isTrue();
        afterRender(box::click);
        assertThat(driver.getCurrentUrl()).doesNotContain("company=");

        expectedFailedRequest = "status of 400";
        open("/?company=Mikrosoft");
        assertThat(resultsState()).isEqualTo("error");
        assertThat(driver.findElement(By.cssSelector("#hits-area [role=alert]")).getText())
                .contains("W indeksie nie ma firmy „Mikrosoft”")
                .contains("Może chodziło o: Microsoft");
        afterRender(() -> driver.findElement(By.linkText("Microsoft")).click());
        assertThat(resultsState()).isEqualTo("ready");
        assertThat(driver.getCurrentUrl()).contains("company=Microsoft").doesNotContain("Mikrosoft");
    }

    @Test
    void badParameterShowsTheErrorState() {
        expectedFailedRequest = "status of 400";
        open("/?q=Nvidia&size=1000");
        assertThat(resultsState()).isEqualTo("error");
        assertThat(driver.findElement(By.cssSelector("#hits-area [role=alert]")).getText())
                .contains("Nie udało się wykonać wyszukiwania")
                .contains("„size”");

        afterRender(() -> driver.findElement(By.linkText("Zacznij od nowa")).click());
        assertThat(resultsState()).isEqualTo("ready");
        assertThat(driver.getCurrentUrl()).doesNotContain("size=");
    }

    @Test
    void phoneWidthHasNoHorizontalScroll() {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        try {
            open("/?q=centrum+danych");
            assertThat(js("return window.innerWidth")).isEqualTo(375L);
            assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
            assertThat(driver.findElement(By.id("q")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("filters-toggle")).isDisplayed())
                    .isTrue();

            driver.findElement(By.id("filters-toggle")).click();
            assertThat(driver.findElement(By.id("filters")).isDisplayed()).isTrue();
            assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);

            open("/?q=wstrzykn%C4%85%C4%87&doc="
                    + java.net.URLEncoder.encode(BrowserFixtures.XSS_ID, java.nio.charset.StandardCharsets.UTF_8));
            assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void keyboardReachesTheSkipLinkFirst() {
        open("/?q=Nvidia");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getDomAttribute("class")).contains("skip-link");
        assertThat(focused.getDomAttribute("href")).endsWith("#results");
        focused.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("results");
    }

    @Test
    void pageIsLightAndServedWithSecurityHeaders() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long total = 0;
        for (String path : List.of("/", "/app.js", "/app.css", "/suggest.js")) {
            HttpResponse<byte[]> res = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(WAIT)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(
                            csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
            assertThat(res.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            total += res.body().length;
        }
        assertThat(total).as("bytes of html + css + js").isLessThan(100 * 1024);
    }

    // ------------------------------------------------------------------ helpers

    /** Opens a page of the app and waits for its first render. */
    private void open(String pathAndQuery) {
        driver.get(base + pathAndQuery);
        wait.until(d -> renders() >= 1 && !"loading".equals(resultsState()));
    }

    /** Runs an action that changes the page state and waits until the page has rendered anew. */
    private void afterRender(Runnable action) {
        long before = renders();
        action.run();
        wait.until(d -> renders() > before && !"loading".equals(resultsState()));
    }

    private long renders() {
        Object n = js("return Number(document.body.getAttribute('data-renders') || 0)");
        return n instanceof Number num ? num.longValue() : 0;
    }

    private String resultsState() {
        return (String)
                js("var r = document.getElementById('results'); return r ? r.getAttribute('data-state') : null");
    }

    private String status() {
        return driver.findElement(By.id("status")).getText();
    }

    private List<String> hitIds() {
        return driver.findElements(By.cssSelector("#hits-area .hit")).stream()
                .map(e -> e.getDomAttribute("data-id"))
                .toList();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static Path projectRoot() {
        Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .toAbsolutePath();
        return Files.exists(dir.resolve("pom.xml")) ? dir : Path.of("").toAbsolutePath();
    }
}
