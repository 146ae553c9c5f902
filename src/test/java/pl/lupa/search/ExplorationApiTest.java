package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.lupa.testing.TestServer;

/**
 * The exploration features of the API over the sample articles: the timeline, "all of these
 * companies" and the other orders. Every expectation is computed from another part of the API
 * (facets, totals, single-company searches, each hit's own fields), never written down.
 */
class ExplorationApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.onSampleDocs(tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static JsonNode get(String pathAndQuery) {
        return server.json(pathAndQuery);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, Long> timeline(JsonNode result) {
        var out = new LinkedHashMap<String, Long>();
        result.get("timeline")
                .forEach(p -> out.put(p.get("period").asText(), p.get("count").asLong()));
        return out;
    }

    static Map<String, Long> facet(JsonNode result, String dim) {
        var out = new LinkedHashMap<String, Long>();
        result.get("facets")
                .get(dim)
                .forEach(v -> out.put(v.get("value").asText(), v.get("count").asLong()));
        return out;
    }

    static List<String> ids(JsonNode result) {
        var out = new ArrayList<String>();
        (result.isArray() ? result : result.get("hits"))
                .forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    /** Every id of a search, page by page. */
    static Set<String> allIds(String params) throws IOException {
        var out = new LinkedHashSet<String>();
        for (int page = 1; ; page++) {
            JsonNode r = get("/api/search?" + params + "&size=100&facets=false&snippets=false&page=" + page);
            ids(r).forEach(out::add);
            if (r.get("hits").size() < 100) {
                return out;
            }
        }
    }

    // ------------------------------------------------------------------ timeline

    @ParameterizedTest
    @ValueSource(strings = {"", "q=" + "inwestycja", "company=Microsoft", "q=chmura&company=Google"})
    void monthlyTimelineIsTheMonthFacetWithEveryEmptyMonthBetween(String params) throws IOException {
        JsonNode withTimeline = get("/api/search?" + params + "&timeline=month&from=2023-01&to=2023-03");
        // independently: the month facet of the same search without the date range
        JsonNode undated = get("/api/search?" + params + "&facetSize=200");
        var months = facet(undated, "month");
        Map<String, Long> timeline = timeline(withTimeline);

        assertThat(months).isNotEmpty();
        var first = months.keySet().stream().min(String::compareTo).orElseThrow();
        var last = months.keySet().stream().max(String::compareTo).orElseThrow();
        var expected = new LinkedHashMap<String, Long>();
        for (var m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
            expected.put(m.toString(), months.getOrDefault(m.toString(), 0L));
        }
        assertThat(timeline).containsExactlyEntriesOf(expected);
        assertThat(timeline.values().stream().mapToLong(Long::longValue).sum())
                .as("the timeline counts every dated match once")
                .isEqualTo(undated.get("total").asLong() - undatedArticles(params));
    }

    @Test
    void timelineHasEmptyMonthsAndEachMonthCountIsThatMonthsTotal() throws IOException {
        Map<String, Long> timeline = timeline(get("/api/search?timeline=month"));
        assertThat(timeline.values())
                .as("months without an article are there, as zeros")
                .contains(0L);
        int checked = 0;
        for (var e : timeline.entrySet()) {
            // a month's own search, one in three months to keep the test short
            if (checked++ % 3 == 0) {
                long total = get("/api/search?from=" + e.getKey() + "&to=" + e.getKey() + "&facets=false")
                        .get("total")
                        .asLong();
                assertThat(e.getValue()).as(e.getKey()).isEqualTo(total);
            }
        }
    }

    @Test
    void yearlyTimelineIsTheYearFacetAndIgnoresTheDateRange() throws IOException {
        JsonNode r = get("/api/search?q=" + q("sztuczna inteligencja") + "&timeline=year&from=2024&to=2024");
        var years = facet(get("/api/search?q=" + q("sztuczna inteligencja") + "&facetSize=200"), "year");
        Map<String, Long> timeline = timeline(r);
        years.forEach((year, count) -> assertThat(timeline).containsEntry(year, count));
        assertThat(timeline.keySet().stream().min(String::compareTo))
                .contains(years.keySet().stream().min(String::compareTo).orElseThrow());
        assertThat(timeline.values().stream().filter(c -> c > 0).count()).isEqualTo(years.size());
        assertThat(r.get("total").asLong()).as("the hits keep the range").isEqualTo(years.getOrDefault("2024", 0L));
    }

    @Test
    void noTimelineUnlessAskedAndNoneForNoMatches() throws IOException {
        assertThat(get("/api/search?q=Nvidia").has("timeline")).isFalse();
        assertThat(get("/api/search?q=zzqxv&timeline=month").get("timeline")).isEmpty();
        var bad = server.get("/api/search?timeline=week");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("param").asText()).isEqualTo("timeline");
    }

    private static long undatedArticles(String params) throws IOException {
        return get("/api/search?" + params + "&facetSize=200").get("total").asLong()
                - facet(get("/api/search?" + params + "&facetSize=200"), "year").values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
    }

    // ------------------------------------------------------------------ companyMode

    @Test
    void allCompaniesIsTheIntersectionOfTheSingleCompanySearches() throws IOException {
        var pairs = List.of(List.of("Microsoft", "OpenAI"), List.of("Nvidia", "Intel"), List.of("Google", "Microsoft"));
        int nonEmpty = 0;
        for (var pair : pairs) {
            Set<String> a = allIds("company=" + q(pair.get(0)));
            Set<String> b = allIds("company=" + q(pair.get(1)));
            var both = new LinkedHashSet<>(a);
            both.retainAll(b);
            var either = new LinkedHashSet<>(a);
            either.addAll(b);
            String two = "company=" + q(pair.get(0)) + "&company=" + q(pair.get(1));
            assertThat(allIds(two + "&companyMode=all")).as("all of " + pair).isEqualTo(both);
            assertThat(allIds(two + "&companyMode=any")).as("any of " + pair).isEqualTo(either);
            assertThat(allIds(two)).as("any is the default").isEqualTo(either);
            JsonNode counted = get("/api/search?" + two + "&companyMode=all");
            assertThat(counted.get("total").asLong()).isEqualTo(both.size());
            assertThat(facet(counted, "company"))
                    .as("every company counted within the intersection")
                    .containsEntry(pair.get(0), (long) both.size())
                    .containsEntry(pair.get(1), (long) both.size());
            if (!both.isEmpty() && both.size() < Math.min(a.size(), b.size())) {
                nonEmpty++;
            }
        }
        assertThat(nonEmpty)
                .as("pairs whose intersection is a true subset of both")
                .isPositive();
    }

    // ------------------------------------------------------------------ sorts

    @Test
    void oldestFirstIsNewestFirstReversed() throws IOException {
        var newest = dates(get("/api/search?q=" + q("inwestycja") + "&sort=date&size=100"));
        var oldest = dates(get("/api/search?q=" + q("inwestycja") + "&sort=date-asc&size=100"));
        assertThat(oldest).hasSizeGreaterThan(3).isSorted();
        var reversed = new ArrayList<>(newest);
        java.util.Collections.reverse(reversed);
        assertThat(oldest).isEqualTo(reversed);
    }

    @Test
    void byDollarsTheLargestSumComesFirst() throws IOException {
        JsonNode r = get("/api/search?sort=usd&size=100");
        var largest = new ArrayList<Double>();
        boolean sawNone = false;
        for (JsonNode hit : r.get("hits")) {
            double max = -1;
            for (JsonNode v : hit.get("amountsUsd")) {
                max = Math.max(max, Math.floor(v.asDouble()));
            }
            if (max < 0) {
                sawNone = true;
            } else {
                assertThat(sawNone)
                        .as("articles without a dollar sum come last")
                        .isFalse();
                largest.add(-max);
            }
            assertThat(hit.get("score").isNull()).isTrue();
        }
        assertThat(largest).hasSizeGreaterThan(5).isSorted();
        assertThat(sawNone).isTrue();
    }

    // ------------------------------------------------------------------ company pages

    @Test
    void aCompanyDiscoveryFoundHasAPageToo() throws IOException {
        // the index's own list says which names discovery found; take the one with most articles
        JsonNode facet = get("/api/search?q=*&facetSize=" + SearchRequest.MAX_FACET_SIZE + "&size=1")
                .get("facets")
                .get("company");
        String discovered = null;
        long documents = 0;
        for (JsonNode value : facet) {
            String name = value.get("value").asText();
            JsonNode page = get("/api/companies/" + q(name).replace("+", "%20"));
            if (!page.get("curated").asBoolean()) {
                discovered = name;
                documents = value.get("count").asLong();
                assertThat(page.get("documents").asLong()).isEqualTo(documents);
                break;
            }
        }
        assertThat(discovered).as("sample-docs name companies no list knows").isNotNull();
        assertThat(get("/api/companies/Microsoft").get("curated").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Microsoft", "microsoft", "NVIDIA", "Cd Projekt", "cdprojekt"})
    void companyPageFiguresAreThoseOfTheSearch(String asked) throws IOException {
        JsonNode page = get("/api/companies/" + q(asked).replace("+", "%20"));
        String name = page.get("name").asText();
        assertThat(CompanyNames.fold(name)).isEqualTo(CompanyNames.fold(asked));
        String filter = "company=" + q(name);

        JsonNode search = get("/api/search?" + filter + "&timeline=month&sort=date&size=5");
        assertThat(page.get("documents").asLong())
                .isEqualTo(search.get("total").asLong())
                .isPositive();
        assertThat(page.get("timeline")).isEqualTo(search.get("timeline"));
        assertThat(ids(page.get("latest"))).isEqualTo(ids(search.get("hits")));
        assertThat(page.get("curated").asBoolean()).isTrue();

        // each companion's count is the total of a search for articles naming both
        assertThat(page.get("coMentioned")).isNotEmpty();
        long previous = Long.MAX_VALUE;
        for (JsonNode other : page.get("coMentioned")) {
            String both = filter + "&company=" + q(other.get("value").asText()) + "&companyMode=all";
            long total =
                    get("/api/search?" + both + "&facets=false").get("total").asLong();
            assertThat(other.get("count").asLong()).as(other.toString()).isEqualTo(total);
            assertThat(other.get("value").asText()).isNotEqualTo(name);
            assertThat(total).isLessThanOrEqualTo(previous);
            previous = total;
        }

        // the largest sums: sums of its articles, largest first, each in a sentence of its article
        // that names the company
        String stem = CompanyNames.fold(name)
                .substring(0, Math.max(3, CompanyNames.fold(name).length() - 2));
        java.math.BigDecimal previousSum = null;
        for (JsonNode a : page.get("largestAmounts")) {
            var usd = a.get("usd").decimalValue();
            JsonNode doc = get("/api/documents/" + q(a.get("id").asText()));
            assertThat(doc.get("title").asText()).isEqualTo(a.get("title").asText());
            assertThat(doc.get("companies").toString()).contains("\"" + name + "\"");
            String sentence = a.get("text").asText();
            assertThat(doc.get("title").asText() + "\n" + doc.get("body").asText())
                    .contains(sentence);
            assertThat(CompanyNames.fold(sentence)).as(sentence).contains(stem);
            boolean written = false;
            for (JsonNode amount : doc.get("amounts")) {
                written |= sentence.contains(amount.get("text").asText())
                        && amount.get("usd").decimalValue().compareTo(usd) == 0
                        && !amount.has("per");
            }
            assertThat(written)
                    .as("the sum is one of the article's, written in the sentence")
                    .isTrue();
            if (previousSum != null) {
                assertThat(usd).isLessThanOrEqualTo(previousSum);
            }
            previousSum = usd;
        }
    }

    @Test
    void largestSumsAreOnlyThoseOfSentencesNamingTheCompany() throws IOException {
        JsonNode page = get("/api/companies/Microsoft");
        assertThat(page.get("largestAmounts")).hasSize(5);
        // the largest sum of any article naming Microsoft is in a sentence about another company
        JsonNode richest =
                get("/api/search?company=Microsoft&sort=usd&size=1").get("hits").get(0);
        var max = java.util.stream.StreamSupport.stream(
                        richest.get("amountsUsd").spliterator(), false)
                .map(JsonNode::decimalValue)
                .max(java.math.BigDecimal::compareTo)
                .orElseThrow();
        assertThat(page.get("largestAmounts").get(0).get("usd").decimalValue()).isLessThan(max);
    }

    @Test
    void unknownCompanyIsAJson404() throws IOException {
        var response = server.get("/api/companies/Zzyzxcorp");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isNotBlank();
    }

    /** A misspelt company is a 404 that offers the names it was probably meant to be, as a filter's 400 does. */
    @Test
    void aMisspeltCompanyIsA404WithTheClosestNames() throws IOException {
        var response = server.get("/api/companies/Mikrosoft");
        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.has("value")).as(response.body()).isTrue();
        assertThat(body.get("value").asText()).isEqualTo("Mikrosoft");
        assertThat(body.get("suggestions").get(0).asText()).isEqualTo("Microsoft");
        assertThat(body.get("error").asText()).contains("Microsoft");
        // the first suggestion is a page that exists
        assertThat(server.get("/api/companies/Microsoft").statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ related articles

    @Test
    void relatedNeverListsTheArticleItself() throws IOException {
        Set<String> every = allIds("");
        assertThat(every).hasSizeGreaterThan(50);
        for (String id : every) {
            JsonNode related = get("/api/documents/" + q(id) + "/related?size=10");
            assertThat(related.get("id").asText()).isEqualTo(id);
            assertThat(ids(related)).as(id).doesNotContain(id).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "2023/amazon-anthropic-4-mld-dolarow.md, 2024/amazon-inwestuje-w-anthropic-4-mld.md",
        "2024/amazon-inwestuje-w-anthropic-4-mld.md, 2023/amazon-anthropic-4-mld-dolarow.md",
        "2023/intel-fabryka-miekinia-wroclaw.md, 2024/intel-wstrzymuje-miekinie-i-magdeburg.md",
        "2021/dying-light-2-opoznione-do-lutego-2022.md, 2022/dying-light-2-premiera-techland.md",
        "2024/ai-act-wchodzi-w-zycie.md, 2026/ai-act-nowe-obowiazki-sierpien-2026.md",
        "2019/microsoft-inwestuje-miliard-dolarow-w-openai.md, 2023/microsoft-kolejne-miliardy-dla-openai.md"
    })
    void theSameStoryComesFirst(String article, String sameStory) throws IOException {
        JsonNode related = get("/api/documents/" + q(article) + "/related");
        assertThat(ids(related)).hasSize(5);
        assertThat(ids(related).get(0)).isEqualTo(sameStory);
    }

    @Test
    void relatedOfAnUnknownIdIs404AndABadSizeIs400() throws IOException {
        assertThat(server.get("/api/documents/nie%2Fma.md/related").statusCode())
                .isEqualTo(404);
        String id = q("2024/microsoft-centrum-danych.md");
        for (String size : List.of("0", "21", "x", "1&size=2")) {
            var response = server.get("/api/documents/" + id + "/related?size=" + size);
            assertThat(response.statusCode()).as(size).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("param").asText()).isEqualTo("size");
        }
        assertThat(ids(get("/api/documents/" + id + "/related?size=2"))).hasSize(2);
        assertThat(get("/api/documents/" + id).get("id").asText()).isEqualTo("2024/microsoft-centrum-danych.md");
    }

    // ------------------------------------------------------------------ junk

    @Test
    void junkNeverFailsTheNewEndpoints() throws IOException {
        var junk = List.of("", "-1", "NaN", "%FF", "%00", "x".repeat(5_000), "%2F..%2F", "*:*", "a~9", "%E2%80%AE");
        var failures = new ArrayList<String>();
        for (String j : junk) {
            var requests = new ArrayList<String>(List.of(
                    "/api/companies/" + (j.isEmpty() ? "%20" : j),
                    "/api/documents/" + (j.isEmpty() ? "%20" : j) + "/related",
                    "/api/documents/" + q("2024/microsoft-centrum-danych.md") + "/related?size=" + j,
                    "/api/export?format=" + j,
                    "/feed.atom?q=" + j));
            for (SearchParam p : SearchParam.values()) {
                requests.add("/api/export?format=jsonl&" + p.paramName() + "=" + j);
                requests.add("/feed.atom?" + p.paramName() + "=" + j);
            }
            for (String r : requests) {
                var response = server.get(r);
                boolean json =
                        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
                if (response.statusCode() >= 500 || response.statusCode() >= 400 && !json) {
                    failures.add(r.substring(0, Math.min(r.length(), 120)) + " → " + response.statusCode());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static List<String> dates(JsonNode result) {
        var out = new ArrayList<String>();
        result.get("hits").forEach(h -> out.add(h.get("date").asText()));
        return out;
    }
}
