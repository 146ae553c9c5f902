package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import pl.lupa.index.Fixtures;
import pl.lupa.testing.TestServer;

/** {@code /api/suggest} over a real socket, on the sample articles. */
class SuggestApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode get(String pathAndQuery) {
        return server.json(pathAndQuery);
    }

    static List<JsonNode> suggestions(String prefix) throws IOException {
        JsonNode body = get("/api/suggest?q=" + enc(prefix));
        assertThat(body.get("query").asText()).isEqualTo(prefix);
        var out = new ArrayList<JsonNode>();
        body.get("suggestions").forEach(out::add);
        return out;
    }

    /** The company's article count as the search's company filter counts it. */
    static long articlesOf(String company) throws IOException {
        return get("/api/search?size=1&company=" + enc(company)).get("total").asLong();
    }

    @ParameterizedTest
    @CsvSource({
        "nvid, Nvidia",
        "NVID, Nvidia",
        "nvdi, Nvidia",
        "nvidii, Nvidia",
        "mikroso, Microsoft",
        "micros, Microsoft",
        "Microsoftem, Microsoft",
        "cdprojekt, CD Projekt",
        "cd proj, CD Projekt",
        "open ai, OpenAI",
        "openai'em, OpenAI",
    })
    void aCompanyComesFirstWithItsArticleCount(String prefix, String company) throws IOException {
        List<JsonNode> found = suggestions(prefix);
        assertThat(found).as(prefix).isNotEmpty();
        JsonNode first = found.get(0);
        assertThat(first.get("kind").asText()).isEqualTo("company");
        assertThat(first.get("text").asText()).isEqualTo(company);
        assertThat(first.get("count").asLong()).isEqualTo(articlesOf(company)).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"zrod, źródło", "źród, źródło", "wspolp, współpraca", "inwestycj, inwestycja", "ceny, cena"})
    void wordsWithOrWithoutDiacriticsAndInflected(String prefix, String word) throws IOException {
        assertThat(suggestions(prefix))
                .filteredOn(s -> s.get("kind").asText().equals("word"))
                .extracting(s -> s.get("text").asText())
                .contains(word);
        // the word is one the articles use: searching it finds them
        assertThat(get("/api/search?size=1&q=" + enc(word)).get("total").asLong())
                .isPositive();
    }

    @Test
    void aPhraseIsOneThatSeveralTitlesRepeat() throws IOException {
        List<JsonNode> phrases = suggestions("sztuczna int").stream()
                .filter(s -> s.get("kind").asText().equals("phrase"))
                .toList();
        assertThat(phrases).isNotEmpty();
        for (JsonNode p : phrases) {
            String text = p.get("text").asText();
            assertThat(text.toLowerCase(Locale.ROOT)).startsWith("sztuczn").contains(" inteligencj");
            JsonNode hits = get("/api/search?size=100&snippets=false&q=" + enc("\"" + text + "\""))
                    .get("hits");
            long titles = 0;
            for (JsonNode h : hits) {
                if (h.get("title").asText().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
                    titles++;
                }
            }
            assertThat(titles).as(text).isGreaterThanOrEqualTo(SuggestionSources.MIN_PHRASE_TITLES);
        }
    }

    @Test
    void everySuggestionBeginsAsTypedAndTheListKeepsItsOrder() throws IOException {
        List<JsonNode> found = suggestions("inwest");
        assertThat(found).isNotEmpty();
        for (JsonNode s : found) {
            assertThat(SpellingKey.of(s.get("text").asText())).startsWith("inwest");
        }
        var kinds = found.stream().map(s -> s.get("kind").asText()).toList();
        var order = List.of("company", "phrase", "word");
        for (int i = 1; i < kinds.size(); i++) {
            assertThat(order.indexOf(kinds.get(i))).isGreaterThanOrEqualTo(order.indexOf(kinds.get(i - 1)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"m", "mi", "in", "s", "nvid"})
    void everySizeIsFilledAsFarAsThereIsSomethingToOffer(String prefix) throws IOException {
        int most =
                get("/api/suggest?size=20&q=" + enc(prefix)).get("suggestions").size();
        for (int size = 1; size <= SuggestRequest.MAX_SIZE; size++) {
            JsonNode found =
                    get("/api/suggest?size=" + size + "&q=" + enc(prefix)).get("suggestions");
            assertThat(found.size()).as(prefix + ", size " + size).isEqualTo(Math.min(size, most));
        }
    }

    @Test
    void sizeLimitsTheList() throws IOException {
        assertThat(get("/api/suggest?size=1&q=in").get("suggestions")).hasSize(1);
        assertThat(get("/api/suggest?size=20&q=in").get("suggestions").size())
                .isGreaterThan(SuggestRequest.DEFAULT_SIZE)
                .isLessThanOrEqualTo(20);
        assertThat(get("/api/suggest?q=in").get("suggestions")).hasSize(SuggestRequest.DEFAULT_SIZE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q=", "q=%20%20", "q=-*", "q=qqqqqqqqzzzz"})
    void nothingToCompleteIsAnEmptyList(String query) throws IOException {
        assertThat(get("/api/suggest?" + query).get("suggestions")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "size=0&q=a, size",
        "size=21&q=a, size",
        "size=x&q=a, size",
        "size=1&size=2&q=a, size",
        "q=a&q=b, q",
    })
    void badParametersAreJson400s(String query, String param) throws IOException {
        var response = server.get("/api/suggest?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("param").asText()).isEqualTo(param);
        assertThat(body.get("error").asText()).isNotBlank();
    }

    @Test
    void suggestionsFollowANewCommitOfTheIndex() throws Exception {
        Path docs = tmp.resolve("live-docs");
        Path index = tmp.resolve("live-index");
        Fixtures.write(docs, "a.md", Fixtures.markdown("Chmura w Polsce", "2024-01-02", "Chmura rośnie w Polsce."));
        TestServer.index(docs, index);
        try (var live = TestServer.start(index)) {
            var before = JSON.readTree(live.get("/api/suggest?q=teleporta").body());
            assertThat(before.get("suggestions")).isEmpty();

            for (String name : List.of("b.md", "c.md")) {
                Fixtures.write(
                        docs,
                        name,
                        Fixtures.markdown(
                                "Teleportacja kwantowa w laboratorium " + name,
                                "2024-02-03",
                                "Teleportacja kwantowa przeniosła stan fotonu na kilometr."));
            }
            TestServer.index(docs, index);
            long until = System.nanoTime() + 15_000_000_000L;
            List<String> texts = List.of();
            while (System.nanoTime() < until) {
                var found = JSON.readTree(live.get("/api/suggest?q=teleporta").body())
                        .get("suggestions");
                texts = new ArrayList<>();
                for (JsonNode x : found) {
                    texts.add(x.get("text").asText());
                }
                if (!texts.isEmpty()) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(texts).contains("teleportacja kwantowa");
        }
    }

    @Test
    void aPrefixOverTheLimitIsA400() throws IOException {
        var response = server.get("/api/suggest?q=" + "a".repeat(SuggestRequest.MAX_PREFIX_LENGTH + 1));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("param").asText()).isEqualTo("q");
    }
}
