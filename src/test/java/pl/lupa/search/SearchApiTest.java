package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.lupa.testing.TestServer;

/** The HTTP contract of DESIGN.md over a real socket, on a fixture index with known answers. */
class SearchApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(SearchFixture.index(tmp));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static HttpResponse<String> get(String pathAndQuery) {
        return server.get(pathAndQuery);
    }

    static JsonNode search(String query) throws IOException {
        var response = get("/api/search?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, Long> facet(JsonNode result, String dim) {
        var out = new LinkedHashMap<String, Long>();
        result.get("facets")
                .get(dim)
                .forEach(v -> out.put(v.get("value").asText(), v.get("count").asLong()));
        return out;
    }

    static List<String> selected(JsonNode result, String dim) {
        var out = new ArrayList<String>();
        result.get("facets").get(dim).forEach(v -> {
            if (v.get("selected").asBoolean()) {
                out.add(v.get("value").asText());
            }
        });
        return out;
    }

    static List<String> ids(JsonNode result) {
        var out = new ArrayList<String>();
        result.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    @Test
    void facetsOverAllDocuments() throws IOException {
        JsonNode all = search("");
        assertThat(all.get("total").asLong()).isEqualTo(SearchFixture.ARTICLES);
        assertThat(facet(all, "company"))
                .containsExactly(
                        Map.entry("Microsoft", 2L),
                        Map.entry("Nvidia", 2L),
                        Map.entry("Google", 1L),
                        Map.entry("OpenAI", 1L),
                        Map.entry("Samsung", 1L));
        assertThat(facet(all, "year"))
                .containsExactly(
                        Map.entry("2020", 2L),
                        Map.entry("2022", 2L),
                        Map.entry("2023", 2L),
                        Map.entry("2024", 2L),
                        Map.entry("2019", 1L),
                        Map.entry("2021", 1L));
        assertThat(facet(all, "month").keySet()).startsWith("2024-11", "2024-05", "2023-06");
        assertThat(facet(all, "usd"))
                .containsExactly(
                        Map.entry("1B-10B", 2L),
                        Map.entry("100M-1B", 1L),
                        Map.entry("10M-100M", 1L),
                        Map.entry("gte10B", 1L));
        assertThat(all.get("facets").get("usd").get(0).get("label").asText()).isEqualTo("1–10 mld $");
    }

    @Test
    void companyFilterIsDrillSideways() throws IOException {
        JsonNode nvidia = search("company=Nvidia");
        assertThat(nvidia.get("total").asLong()).isEqualTo(2);
        assertThat(facet(nvidia, "company"))
                .as("its own dimension ignores its filter")
                .containsEntry("Microsoft", 2L)
                .containsEntry("Nvidia", 2L);
        assertThat(selected(nvidia, "company")).containsExactly("Nvidia");
        assertThat(facet(nvidia, "year")).as("other dimensions are filtered").containsExactly(Map.entry("2024", 2L));

        JsonNode either = search("company=Nvidia&company=Microsoft");
        assertThat(either.get("total").asLong())
                .as("values of one dimension OR")
                .isEqualTo(4);
        assertThat(selected(either, "company")).containsExactlyInAnyOrder("Nvidia", "Microsoft");
    }

    @Test
    void usdBucketsAreDrillSidewaysAndBoundariesInclusiveBelow() throws IOException {
        JsonNode billions = search("usd=1B-10B");
        assertThat(ids(billions))
                .as("exactly 1 mld $ is in 1B-10B")
                .containsExactlyInAnyOrder("2023/microsoft-centrum.md", "2024/nvidia-przejecie.md");
        assertThat(facet(billions, "usd")).containsEntry("gte10B", 1L).containsEntry("100M-1B", 1L);
        assertThat(facet(billions, "company")).containsOnlyKeys("Microsoft", "Nvidia");
        JsonNode both = search("usd=1B-10B&company=Microsoft");
        assertThat(ids(both)).as("dimensions AND").containsExactly("2023/microsoft-centrum.md");
    }

    @Test
    void dateRangeFiltersMonthsButNotYears() throws IOException {
        JsonNode y2024 = search("from=2024&to=2024");
        assertThat(y2024.get("total").asLong()).isEqualTo(2);
        assertThat(facet(y2024, "year")).containsEntry("2023", 2L).containsEntry("2019", 1L);
        assertThat(selected(y2024, "year")).containsExactly("2024");
        assertThat(facet(y2024, "month")).containsExactly(Map.entry("2024-11", 1L), Map.entry("2024-05", 1L));
        JsonNode may = search("from=2024-05&to=2024-05");
        assertThat(ids(may)).containsExactly("2024/nvidia-przejecie.md");
        assertThat(selected(may, "month")).containsExactly("2024-05");
    }

    @Test
    void oneRequestAnswersTheAnalystsQuestion() throws IOException {
        // Which articles about Nvidia mention deals above 1 mld dolarów in 2024?
        JsonNode r = search("company=Nvidia&usdMin=1000000000&from=2024&to=2024");
        assertThat(ids(r)).containsExactly("2024/nvidia-przejecie.md");
        assertThat(r.get("hits").get(0).get("amountsUsd").get(0).asLong()).isEqualTo(2_000_000_000L);
    }

    @Test
    void usdRange() throws IOException {
        assertThat(ids(search("usdMin=1000000000")))
                .containsExactlyInAnyOrder(
                        "2023/microsoft-openai.md", "2023/microsoft-centrum.md", "2024/nvidia-przejecie.md");
        assertThat(ids(search("usdMin=10000000&usdMax=999000000")))
                .containsExactlyInAnyOrder("2022/google-kupuje.md", "2024/nvidia-polska.md");
    }

    @Test
    void snippetsAreEscapedAndMarkEveryInflectedForm() throws IOException {
        JsonNode r = search("q=" + q("inwestycja"));
        String snippets = r.get("hits").findValuesAsText("snippets").toString()
                + r.get("hits").toString();
        assertThat(snippets)
                .contains(
                        "<mark>inwestycję</mark>",
                        "<mark>inwestycji</mark>",
                        "<mark>inwestycja</mark>",
                        "<mark>inwestycje</mark>");
        JsonNode script = search("q=" + q("alert"));
        JsonNode hit = script.get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("2022/skrypt.md");
        String snippet = hit.get("snippets").get(0).asText();
        assertThat(snippet)
                .contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;")
                .doesNotContain("<script");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        assertThat(search("q=" + q("bezpieczeństwo testy")).toString()).contains("&amp; <mark>testy</mark>");
    }

    @Test
    void titleIsHighlightedAndEscaped() throws IOException {
        JsonNode hit = search("q=" + q("centrum danych")).get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("2023/microsoft-centrum.md");
        assertThat(hit.get("titleHighlighted").asText())
                .isEqualTo("<mark>Centrum</mark> <mark>danych</mark> Microsoftu pod Warszawą");
    }

    @Test
    void longArticlesAreHighlightedOverTheirWholeLength() throws IOException {
        JsonNode hit = search("q=" + q("kwantowy")).get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("2019/dlugi.md");
        assertThat(hit.get("snippets").get(0).asText()).contains("<mark>kwantowy</mark> komputer");
        assertThat(hit.get("snippets").get(0).asText().length()).isLessThan(300);
    }

    @Test
    void withoutAQueryTheSnippetIsTheLead() throws IOException {
        JsonNode hit = search("sort=date&size=1").get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("2024/nvidia-polska.md");
        assertThat(hit.get("snippets").get(0).asText())
                .startsWith("Nvidia zainwestuje 50 mln dolarów")
                .doesNotContain("<mark>");
        assertThat(hit.get("score").isNull()).isTrue();
    }

    @Test
    void polishQueriesWithoutDiacriticsAndInflectedForms() throws IOException {
        assertThat(ids(search("q=" + q("wspolpraca")))).contains("2023/microsoft-openai.md");
        assertThat(ids(search("q=" + q("zrodla")))).contains("2023/microsoft-centrum.md");
        assertThat(ids(search("q=" + q("platnosc zblizeniowa")))).containsExactly("2022/google-kupuje.md");
        assertThat(ids(search("q=" + q("Nvidią"))))
                .containsExactlyInAnyOrder("2024/nvidia-przejecie.md", "2024/nvidia-polska.md");
        assertThat(ids(search("q=" + q("\"centra danych\"")))).contains("2023/microsoft-centrum.md");
    }

    @Test
    void exactDiacriticsRankFirst() throws IOException {
        assertThat(ids(search("q=laska"))).containsExactly("2020/laska.md", "2020/laska-druga.md");
        assertThat(ids(search("q=" + q("łaska")))).startsWith("2020/laska-druga.md");
    }

    @Test
    void syntaxPhrasesExclusionsAndOr() throws IOException {
        assertThat(ids(search("q=" + q("nvidia -Krakowa")))).containsExactly("2024/nvidia-przejecie.md");
        assertThat(ids(search("q=" + q("samsung OR google"))))
                .containsExactlyInAnyOrder("2021/samsung-inwestycje.md", "2022/google-kupuje.md");
        assertThat(search("q=" + q("\"danych Microsoftu")).get("total").asLong())
                .as("an open quote is a character")
                .isPositive();
        for (String junk :
                List.of("*:*", "field:", "/regex/", "a~9", "[a TO z]", "(((", "\"", "-", "OR", "AND OR NOT")) {
            assertThat(get("/api/search?q=" + q(junk)).statusCode()).as(junk).isEqualTo(200);
        }
        // what users type for "everything" is everything, newest first
        JsonNode all = search("");
        for (String everything : List.of("*", " * ", "*:*", "**")) {
            JsonNode r = search("q=" + q(everything));
            assertThat(r.get("total").asLong()).as(everything).isEqualTo(SearchFixture.ARTICLES);
            assertThat(ids(r)).as(everything).isEqualTo(ids(all));
        }
        assertThat(search("q=" + q("*nvidia")).get("total").asLong()).isLessThan(SearchFixture.ARTICLES);
    }

    @Test
    void whenEveryWordCannotMatchMostWordsDo() throws IOException {
        JsonNode r = search("q=" + q("nvidia startup xyzzyqq"));
        assertThat(r.get("relaxed").asBoolean()).isTrue();
        assertThat(ids(r)).contains("2024/nvidia-przejecie.md");
        assertThat(search("q=nvidia").get("relaxed").asBoolean()).isFalse();
    }

    @Test
    void pagesDoNotOverlapAndDateSortIsNewestFirst() throws IOException {
        var seen = new HashSet<String>();
        var dates = new ArrayList<String>();
        for (int page = 1; page <= 4; page++) {
            JsonNode r = search("sort=date&size=3&page=" + page);
            assertThat(r.get("page").asInt()).isEqualTo(page);
            r.get("hits").forEach(h -> {
                assertThat(seen.add(h.get("id").asText())).as("no overlap").isTrue();
                dates.add(h.get("date").asText());
            });
        }
        assertThat(seen).hasSize(10);
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @ParameterizedTest(name = "{0} → 400 {1}")
    @CsvSource(delimiter = '|', textBlock = """
            size=0|size
            size=101|size
            size=abc|size
            page=0|page
            page=-1|page
            page=1001&size=10|page
            facetSize=0|facetSize
            facetSize=201|facetSize
            facets=no|facets
            snippets=0|snippets
            from=2024-13|from
            from=2024-02-30|from
            from=24|from
            to=NaN|to
            from=2025&to=2024|from
            usdMin=-1|usdMin
            usdMin=NaN|usdMin
            usdMax=1.5|usdMax
            usdMin=10&usdMax=5|usdMin
            usd=2B|usd
            sort=best|sort
            q=a&q=b|q
            company=|company
            usd=%C3|usd
            q=%FF%FE|q
            """)
    void badParametersAre400WithTheParameter(String query, String param) throws IOException {
        var response = get("/api/search?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("param").asText()).isEqualTo(param);
        assertThat(body.get("error").asText()).isNotBlank();
    }

    @Test
    void tooLongQueryIs400() throws IOException {
        var response = get("/api/search?q=" + "a".repeat(1001));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("param").asText()).isEqualTo("q");
        assertThat(get("/api/search?q=" + "a".repeat(1000)).statusCode()).isEqualTo(200);
        String manyWords = String.join("+", java.util.Collections.nCopies(33, "chmura"));
        var tooMany = get("/api/search?q=" + manyWords);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooMany.body()).get("param").asText()).isEqualTo("q");
        assertThat(get("/api/search?q=" + String.join("+", java.util.Collections.nCopies(32, "chmura")))
                        .statusCode())
                .isEqualTo(200);
        String longPhrase = "%22" + String.join("+", java.util.Collections.nCopies(300, "ab")) + "%22";
        assertThat(get("/api/search?q=" + longPhrase).statusCode())
                .as("a 300-word phrase")
                .isEqualTo(400);
        assertThat(get("/api/search?q=" + "a-b".repeat(300)).statusCode())
                .as("one word of 600 tokens")
                .isEqualTo(400);
    }

    @Test
    void documentsByEncodedId() throws IOException {
        var found = get("/api/documents/" + q("2023/microsoft-openai.md"));
        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(found.body());
        assertThat(doc.get("id").asText()).isEqualTo("2023/microsoft-openai.md");
        assertThat(doc.get("title").asText()).isEqualTo("Microsoft dokłada miliardy do OpenAI");
        assertThat(doc.get("companies").toString()).isEqualTo("[\"Microsoft\",\"OpenAI\"]");
        assertThat(doc.get("amounts").get(0).get("usd").asLong()).isEqualTo(10_000_000_000L);
        assertThat(doc.get("matched").size()).as("no query, nothing matched").isZero();
        JsonNode withQuery =
                JSON.readTree(get("/api/documents/" + q("2021/samsung-inwestycje.md") + "?q=" + q("inwestycja"))
                        .body());
        assertThat(withQuery.get("matched").toString()).isEqualTo("[\"inwestycje\",\"inwestycji\",\"inwestycja\"]");
        assertThat(get("/api/documents/" + q("2021/samsung-inwestycje.md") + "?q=" + "a".repeat(1001))
                        .statusCode())
                .isEqualTo(400);
        var missing = get("/api/documents/" + q("nie/ma#takiego"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).isNotBlank();
    }

    @Test
    void healthAndSecurityHeaders() throws IOException {
        var health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("documents").asInt()).isEqualTo(SearchFixture.ARTICLES);
        var page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v)
                        .contains("script-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("charset=utf-8"));
        assertThat(get("/app.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("charset=utf-8"));
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void parametersAreListedForClients() throws IOException {
        var response = get("/api/parameters");
        assertThat(response.statusCode()).isEqualTo(200);
        var names = new ArrayList<String>();
        var size = JSON.createObjectNode();
        for (JsonNode p : JSON.readTree(response.body()).get("search")) {
            names.add(p.get("name").asText());
            if (p.get("name").asText().equals("size")) {
                size = (com.fasterxml.jackson.databind.node.ObjectNode) p;
            }
        }
        assertThat(names)
                .containsExactly(
                        "q",
                        "company",
                        "from",
                        "to",
                        "usdMin",
                        "usdMax",
                        "usd",
                        "sort",
                        "page",
                        "size",
                        "facetSize",
                        "facets",
                        "snippets",
                        "companyMode",
                        "timeline",
                        "group");
        assertThat(size.get("min").asInt()).isEqualTo(1);
        assertThat(size.get("max").asInt()).isEqualTo(SearchRequest.MAX_SIZE);
        assertThat(size.get("default").asText()).isEqualTo("10");
    }
}
