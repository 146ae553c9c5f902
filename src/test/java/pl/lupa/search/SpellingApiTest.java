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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import pl.lupa.testing.TestServer;

/** Did-you-mean and typo tolerance of {@code /api/search}, over a real socket, on the sample articles. */
class SpellingApiTest {

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

    static JsonNode search(String params) {
        return server.json("/api/search?" + params);
    }

    static String q(String s) {
        return "q=" + URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> ids(JsonNode result) {
        var out = new ArrayList<String>();
        result.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "Micorsoft, Microsoft",
        "Nvida, Nvidia",
        "Micorsoftem, Microsoftem",
        "samsnug, Samsung",
        "sztuczna inteligancja, sztuczna inteligencja",
        "zrudla, źródła",
        "hmura, chmura",
        "debiut Allgero, debiut Allegro",
    })
    void didYouMeanOffersTheSpellingThatFindsMore(String typed, String meant) throws IOException {
        JsonNode result = search(q(typed));
        JsonNode dym = result.get("didYouMean");
        assertThat(dym).as(result.toString()).isNotNull();
        assertThat(dym.get("q").asText()).isEqualTo(meant);
        // its total is what searching the better spelling finds
        assertThat(dym.get("total").asLong())
                .isEqualTo(search(q(meant) + "&size=1").get("total").asLong())
                .isPositive();
    }

    @Test
    void anUnknownWordIsSearchedThroughItsCorrectionAndTheResponseSaysSo() throws IOException {
        JsonNode typo = search(q("Micorsoftem") + "&size=100");
        assertThat(typo.get("corrected").asBoolean()).isTrue();
        assertThat(typo.get("correctedWords").get("Micorsoftem").asText()).isEqualTo("Microsoftem");
        assertThat(typo.get("correctedWords").size()).isEqualTo(1);
        JsonNode right = search(q("Microsoftem") + "&size=100");
        assertThat(typo.get("total").asLong())
                .isEqualTo(right.get("total").asLong())
                .isPositive();
        assertThat(ids(typo)).containsExactlyInAnyOrderElementsOf(ids(right));
        // the correction's forms are what the snippets mark
        assertThat(typo.get("hits").get(0).get("titleHighlighted").asText()).contains("<mark>Microsoft");
    }

    @Test
    void theCorrectedWordWeighsLessThanTheWordsTypedRight() throws IOException {
        JsonNode typo = search(q("Micorsoft centrum"));
        JsonNode right = search(q("Microsoft centrum"));
        assertThat(typo.get("total").asLong()).isEqualTo(right.get("total").asLong());
        assertThat(typo.get("hits").get(0).get("score").asDouble())
                .isLessThan(right.get("hits").get(0).get("score").asDouble());
    }

    @Test
    void didYouMeanCountsUnderTheSameFilters() throws IOException {
        JsonNode filtered = search(q("Micorsoft") + "&company=Nvidia");
        long expected =
                search(q("Microsoft") + "&company=Nvidia&size=1").get("total").asLong();
        assertThat(expected)
                .isPositive()
                .isLessThan(search(q("Microsoft")).get("total").asLong());
        assertThat(filtered.get("didYouMean").get("total").asLong()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Microsoft",
                "Nvidii",
                "centrum danych",
                "zrodla",
                "gogle",
                "laska",
                "Nuance",
                "Iliadu",
                "wiedzmin 4",
                "-Micorsoft Nvidia",
                "\"Micorsoft\"",
                "sztuczna inteligencja"
            })
    void wordsTheDictionaryOrTheIndexKnowsAreNeverCorrected(String query) throws IOException {
        JsonNode result = search(q(query));
        assertThat(result.has("didYouMean")).as(result.toString()).isFalse();
        assertThat(result.has("corrected")).isFalse();
        assertThat(result.has("correctedWords")).isFalse();
    }

    @Test
    void aRareWordOfTheIndexIsNotCorrectedToAFrequentOne() throws IOException {
        // names in one or two articles, a letter or two from far more frequent terms
        for (String rare : List.of("Nuance", "Iliad", "Norsk")) {
            JsonNode result = search(q(rare));
            assertThat(result.get("total").asLong()).as(rare).isPositive();
            assertThat(result.has("didYouMean")).as(rare).isFalse();
        }
    }
}
