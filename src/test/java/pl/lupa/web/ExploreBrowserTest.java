package pl.lupa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import pl.lupa.testing.TestServer;

/**
 * The exploration parts of the page in headless Chromium over the browser fixtures: the
 * timeline chart and its table, a click and a drag on it, the feed and export links, the other
 * orders, "all selected companies", the dollar range, company pages and related articles. What
 * the page shows is compared with what the API answers for the same state.
 */
class ExploreBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static TestServer server;
    private static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        Chromium.assumePresent();
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        BrowserFixtures.write(docs);
        // one week of news with the same stories told by several outlets
        try (var in = ExploreBrowserTest.class.getResourceAsStream("/near-duplicates/articles.jsonl")) {
            Files.write(docs.resolve("tydzien.jsonl"), in.readAllBytes());
        }
        TestServer.index(docs, index);
        server = TestServer.start(index);
        browser = Chromium.start(tmp.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        browser.driver.get("about:blank");
        browser.consoleErrors();
    }

    @AfterEach
    void consoleIsClean() {
        assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }

    // ------------------------------------------------------------------ timeline

    @Test
    void timelineDrawsABarPerMonthWithATableForScreenReaders() throws IOException {
        open("/?q=" + enc("centrum danych"));
        JsonNode api = api("/api/search?q=" + enc("centrum danych") + "&timeline=month");
        List<WebElement> bars = bars();
        assertThat(bars).hasSize(api.get("timeline").size()).hasSizeGreaterThan(12);
        for (int i = 0; i < bars.size(); i++) {
            JsonNode point = api.get("timeline").get(i);
            assertThat(bars.get(i).getDomAttribute("data-period"))
                    .isEqualTo(point.get("period").asText());
            assertThat(bars.get(i).getDomAttribute("data-count"))
                    .isEqualTo(point.get("count").asText());
        }
        assertThat(bars).anyMatch(b -> "0".equals(b.getDomAttribute("data-count")));
        WebElement chart = driver().findElement(By.cssSelector("#timeline svg[role=img]"));
        String labelledBy = chart.getDomAttribute("aria-labelledby");
        assertThat(labelledBy).contains("timeline-desc");
        assertThat(driver().findElement(By.id("timeline-desc")).getDomProperty("textContent"))
                .contains("Liczba artykułów");
        List<WebElement> rows = driver().findElements(By.cssSelector("#timeline table tbody tr"));
        assertThat(rows).hasSize(bars.size());
    }

    @Test
    void clickingABarNarrowsTheDatesAndTheUrl() throws IOException {
        open("/?q=" + enc("Microsoft"));
        WebElement bar = bars().stream()
                .filter(b -> !"0".equals(b.getDomAttribute("data-count")))
                .findFirst()
                .orElseThrow();
        String period = bar.getDomAttribute("data-period");
        long count = Long.parseLong(bar.getDomAttribute("data-count"));
        browser.afterRender(() -> new Actions(driver())
                .moveToElement(bar.findElement(By.cssSelector(".bar-hit")))
                .click()
                .perform());

        String url = URLDecoder.decode(driver().getCurrentUrl(), StandardCharsets.UTF_8);
        assertThat(url).contains("from=" + period).contains("to=" + period);
        assertThat(driver().findElements(By.cssSelector("#hits-area .hit"))).hasSize((int) count);
        JsonNode api = api("/api/search?q=Microsoft&from=" + period + "&to=" + period);
        assertThat(api.get("total").asLong()).isEqualTo(count);
        assertThat(bars().stream()
                        .filter(b -> b.getDomAttribute("class").contains("is-selected"))
                        .map(b -> b.getDomAttribute("data-period")))
                .containsExactly(period);
        assertThat(bars()).as("the other months stay drawn").hasSizeGreaterThan(1);
    }

    @Test
    void draggingOverBarsSelectsTheirRange() {
        open("/");
        List<WebElement> bars = bars();
        WebElement first = bars.get(2).findElement(By.cssSelector(".bar-hit"));
        WebElement last = bars.get(8).findElement(By.cssSelector(".bar-hit"));
        String from = bars.get(2).getDomAttribute("data-period");
        String to = bars.get(8).getDomAttribute("data-period");
        browser.afterRender(() -> new Actions(driver())
                .clickAndHold(first)
                .moveToElement(last)
                .release()
                .perform());
        String url = URLDecoder.decode(driver().getCurrentUrl(), StandardCharsets.UTF_8);
        assertThat(url).contains("from=" + from).contains("to=" + to);
        assertThat(bars().stream().filter(b -> b.getDomAttribute("class").contains("is-selected")))
                .hasSize(7);
    }

    // ------------------------------------------------------------------ links and narrowing

    @Test
    void feedAndCsvLinksCarryTheSearch() {
        open("/?q=" + enc("centrum danych") + "&company=Microsoft");
        String feed = driver().findElement(By.linkText("Subskrybuj (Atom)")).getDomProperty("href");
        String csv = driver().findElement(By.linkText("Pobierz CSV")).getDomProperty("href");
        for (String link : List.of(feed, csv)) {
            String decoded = URLDecoder.decode(link, StandardCharsets.UTF_8);
            assertThat(decoded).contains("q=centrum danych").contains("company=Microsoft");
        }
        assertThat(feed).startsWith(server.url("/feed.atom?"));
        assertThat(csv).startsWith(server.url("/api/export?")).contains("format=csv");
        assertThat(server.get(csv.substring(server.url("").length())).statusCode())
                .isEqualTo(200);
    }

    @Test
    void oldestFirstAndLargestSumOrderTheList() throws IOException {
        open("/");
        browser.afterRender(() -> driver().findElement(By.cssSelector(".sort-btn[data-sort='date-asc']"))
                .click());
        assertThat(driver().getCurrentUrl()).contains("sort=date-asc");
        assertThat(hitIds()).isEqualTo(apiIds("/api/search?sort=date-asc"));
        browser.afterRender(() -> driver().findElement(By.cssSelector(".sort-btn[data-sort='usd']"))
                .click());
        assertThat(driver().getCurrentUrl()).contains("sort=usd");
        assertThat(hitIds()).isEqualTo(apiIds("/api/search?sort=usd"));
    }

    @Test
    void allSelectedCompaniesNarrowsToArticlesNamingEach() throws IOException {
        open("/?company=Microsoft&company=Google");
        int any = hitIds().size();
        WebElement all = driver().findElement(By.cssSelector("input[name=companyMode][value=all]"));
        browser.afterRender(all::click);
        assertThat(driver().getCurrentUrl()).contains("companyMode=all");
        List<String> both = apiIds("/api/search?company=Microsoft&company=Google&companyMode=all");
        assertThat(hitIds()).isEqualTo(both).isNotEmpty().hasSizeLessThan(any);
    }

    @Test
    void dollarRangeFiltersInMillions() throws IOException {
        open("/");
        driver().findElement(By.id("usd-min")).sendKeys("500");
        driver().findElement(By.id("usd-max")).sendKeys("5000");
        browser.afterRender(() -> driver().findElement(By.cssSelector("#amount-form button[type=submit]"))
                .click());
        String url = driver().getCurrentUrl();
        assertThat(url).contains("usdMin=500000000").contains("usdMax=5000000000");
        assertThat(hitIds()).isEqualTo(apiIds("/api/search?usdMin=500000000&usdMax=5000000000"));
        assertThat(driver().findElement(By.id("usd-min")).getDomProperty("value"))
                .isEqualTo("500");
    }

    // ------------------------------------------------------------------ company pages and related articles

    @Test
    void aCompanyChipOpensTheCompanyPage() throws IOException {
        open("/?q=" + enc("Microsoftu"));
        WebElement link = browser.waiter()
                .until(d -> d.findElements(By.cssSelector("#hits-area .hit .company-link")).stream()
                        .filter(a -> "Strona firmy Microsoft".equals(a.getDomAttribute("aria-label")))
                        .findFirst()
                        .orElse(null));
        browser.afterRender(link::click);
        assertThat(URLDecoder.decode(driver().getCurrentUrl(), StandardCharsets.UTF_8))
                .contains("firma=Microsoft");
        WebElement page = driver().findElement(By.id("company"));
        assertThat(page.isDisplayed()).isTrue();
        assertThat(driver().findElement(By.id("results")).isDisplayed()).isFalse();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Microsoft");

        JsonNode api = api("/api/companies/Microsoft");
        assertThat(page.findElement(By.cssSelector(".doc-meta")).getText())
                .startsWith(api.get("documents").asText() + " artyku");
        var latest = page.findElements(By.cssSelector(".company-latest li")).stream()
                .map(li -> li.getDomAttribute("data-id"))
                .toList();
        var expected = new java.util.ArrayList<String>();
        api.get("latest").forEach(h -> expected.add(h.get("id").asText()));
        assertThat(latest).isEqualTo(expected).isNotEmpty();
        assertThat(page.findElements(By.cssSelector("#company-timeline svg .bar")))
                .hasSize(api.get("timeline").size());
        assertThat(page.getDomProperty("textContent")).contains("Wymieniane razem");
        assertThat(page.findElements(By.cssSelector(".amounts li")))
                .hasSize(api.get("largestAmounts").size());
        assertThat(page.findElements(By.cssSelector(".company-grid .fact-list"))
                        .get(0)
                        .findElements(By.tagName("li")))
                .hasSize(api.get("coMentioned").size())
                .isNotEmpty();

        // a bar of its timeline searches the company's articles of that month
        WebElement bar = page.findElements(By.cssSelector("#company-timeline svg .bar")).stream()
                .filter(b -> !"0".equals(b.getDomAttribute("data-count")))
                .findFirst()
                .orElseThrow();
        String period = bar.getDomAttribute("data-period");
        browser.afterRender(() -> new Actions(driver())
                .moveToElement(bar.findElement(By.cssSelector(".bar-hit")))
                .click()
                .perform());
        String url = URLDecoder.decode(driver().getCurrentUrl(), StandardCharsets.UTF_8);
        assertThat(url)
                .contains("company=Microsoft", "from=" + period, "to=" + period)
                .doesNotContain("firma");
        assertThat(hitIds()).isEqualTo(apiIds("/api/search?company=Microsoft&from=" + period + "&to=" + period));
    }

    @Test
    void everyCompanyFacetValueLinksToItsPage() {
        open("/");
        List<WebElement> values = driver().findElements(By.cssSelector("#facet-company input[data-value]"));
        List<WebElement> links = driver().findElements(By.cssSelector("#facet-company .company-link"));
        assertThat(links).hasSameSizeAs(values).isNotEmpty();
        for (int i = 0; i < values.size(); i++) {
            assertThat(links.get(i).getDomAttribute("href"))
                    .contains("firma=" + enc(values.get(i).getDomAttribute("data-value")));
        }
    }

    @Test
    void anUnknownCompanyPageSaysSo() {
        open("/?firma=Zzyzxcorp");
        browser.waiter()
                .until(d -> !d.findElements(By.cssSelector("#company .error")).isEmpty());
        assertThat(driver().findElement(By.cssSelector("#company .error")).getText())
                .contains("Zzyzxcorp");
        browser.consoleErrors(); // the 404 of the API is logged by the browser, as expected
    }

    @Test
    void theArticleViewListsRelatedArticles() throws IOException {
        String id = "2024/microsoft-centrum-danych.md";
        open("/?doc=" + enc(id));
        List<WebElement> items = browser.waiter().until(d -> {
            var found = d.findElements(By.cssSelector("#related .related-list li"));
            return found.isEmpty() ? null : found;
        });
        assertThat(driver().findElement(By.cssSelector("#related h2")).getDomProperty("textContent"))
                .isEqualTo("Powiązane artykuły");
        var shown = items.stream().map(li -> li.getDomAttribute("data-id")).toList();
        var expected = new java.util.ArrayList<String>();
        api("/api/documents/" + enc(id) + "/related?size=5")
                .get("hits")
                .forEach(h -> expected.add(h.get("id").asText()));
        assertThat(shown).isEqualTo(expected).doesNotContain(id).isNotEmpty();

        browser.afterRender(() -> items.get(0).findElement(By.tagName("a")).click());
        assertThat(URLDecoder.decode(driver().getCurrentUrl(), StandardCharsets.UTF_8))
                .contains("doc=" + shown.get(0));
    }

    @Test
    void nearDuplicatesAreShownOnceAndOpenOnDemand() throws IOException {
        open("/?q=Netia");
        JsonNode api = api("/api/search?q=Netia&group=true");
        JsonNode grouped = null;
        for (JsonNode hit : api.get("hits")) {
            if (hit.has("duplicates")) {
                grouped = hit;
            }
        }
        assertThat(grouped).as("the API folds the same story told twice").isNotNull();
        assertThat(hitIds()).isEqualTo(apiIds("/api/search?q=Netia&group=true"));
        String id = grouped.get("id").asText();
        int n = grouped.get("duplicates").size();
        WebElement hit = driver().findElement(By.cssSelector("#hits-area .hit[data-id='" + id + "']"));
        WebElement summary = hit.findElement(By.cssSelector(".duplicates summary"));
        assertThat(summary.getText()).isEqualTo("i " + n + (n == 1 ? " podobny" : n < 5 ? " podobne" : " podobnych"));
        summary.click();
        List<WebElement> items = browser.waiter().until(d -> {
            var links = hit.findElements(By.cssSelector(".duplicates li a"));
            return links.size() == n ? links : null;
        });
        for (int i = 0; i < n; i++) {
            String dup = grouped.get("duplicates").get(i).asText();
            assertThat(items.get(i).getText())
                    .isEqualTo(api("/api/documents/" + enc(dup)).get("title").asText());
        }
    }

    @Test
    void anotherOutletsReportOfTheStoryIsLabelledAmongTheRelated() throws IOException {
        String id = "tydzien.jsonl#s1-a";
        open("/?doc=" + enc(id));
        JsonNode api = api("/api/documents/" + enc(id) + "/related?size=5");
        List<WebElement> items = browser.waiter().until(d -> {
            var found = d.findElements(By.cssSelector("#related .related-list li"));
            return found.isEmpty() ? null : found;
        });
        assertThat(items).hasSize(api.get("hits").size());
        for (int i = 0; i < items.size(); i++) {
            boolean same = api.get("hits").get(i).path("sameStory").asBoolean();
            assertThat(items.get(i).findElements(By.cssSelector(".same-story")))
                    .as(items.get(i).getText())
                    .hasSize(same ? 1 : 0);
        }
        assertThat(items.get(0).findElement(By.cssSelector(".same-story")).getText())
                .isEqualTo("ta sama wiadomość");
    }

    @Test
    void atPhoneWidthTheTimelineAndACompanyPageFitTheScreen() {
        driver().executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", 375, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        try {
            open("/?q=" + enc("centrum danych"));
            assertThat(driver().findElement(By.cssSelector("#timeline svg")).isDisplayed())
                    .isTrue();
            assertThat((Long) browser.js("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(375L);
            open("/?firma=Microsoft");
            browser.waiter()
                    .until(d -> !d.findElements(By.cssSelector("#company h1")).isEmpty());
            assertThat((Long) browser.js("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(375L);
        } finally {
            driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void everyScriptAndStylesheetOfThePageTogetherStayUnder100KB() {
        String html = server.get("/").body();
        var m = java.util.regex.Pattern.compile("<(?:script|link)[^>]+(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"")
                .matcher(html);
        long total = html.getBytes(StandardCharsets.UTF_8).length;
        var files = new java.util.ArrayList<String>();
        while (m.find()) {
            var response = server.get(m.group(1));
            assertThat(response.statusCode()).as(m.group(1)).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
            files.add(m.group(1));
            total += response.body().getBytes(StandardCharsets.UTF_8).length;
        }
        assertThat(files).contains("/app.js", "/explore.js", "/app.css");
        assertThat(total).as("bytes of html + css + js").isLessThan(100 * 1024);
    }

    // ------------------------------------------------------------------ helpers

    private static org.openqa.selenium.chrome.ChromeDriver driver() {
        return browser.driver;
    }

    private static void open(String pathAndQuery) {
        browser.open(server.url(pathAndQuery));
    }

    private static List<WebElement> bars() {
        return driver().findElements(By.cssSelector("#timeline svg .bar"));
    }

    private static List<String> hitIds() {
        return driver().findElements(By.cssSelector("#hits-area .hit")).stream()
                .map(e -> e.getDomAttribute("data-id"))
                .toList();
    }

    private static JsonNode api(String pathAndQuery) throws IOException {
        var response = server.get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> apiIds(String pathAndQuery) throws IOException {
        var out = new java.util.ArrayList<String>();
        api(pathAndQuery).get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
