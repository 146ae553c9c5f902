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

/** Company names in queries, in any spacing and case form, over a real socket on the sample articles. */
class CompanyMentionsTest {

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

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> named(JsonNode result) {
        var out = new ArrayList<String>();
        if (result.has("namedCompanies")) {
            result.get("namedCompanies").forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "open ai, OpenAI",
        "Open AI, OpenAI",
        "OpenAI, OpenAI",
        "openai'em, OpenAI",
        "cd projekt, CD Projekt",
        "cdprojekt, CD Projekt",
        "CD Projektu, CD Projekt",
        "cdprojektu, CD Projekt",
        "open ai inwestycja, OpenAI",
    })
    void theCompanysArticlesMatchAndComeFirst(String query, String company) throws IOException {
        JsonNode result = search("size=100&q=" + enc(query));
        assertThat(named(result)).as(query).containsExactly(company);
        // every article of the company holding the query's other words is listed, before all others
        String rest = query.replaceFirst(
                        "(?i)^(open ai|openai'em|openai|cd projektu|cdprojektu|cd projekt|cdprojekt)", "")
                .strip();
        long ofCompany = search("size=1&company=" + enc(company) + (rest.isEmpty() ? "" : "&q=" + enc(rest)))
                .get("total")
                .asLong();
        assertThat(ofCompany).isPositive();
        assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(ofCompany);
        var hits = result.get("hits");
        // the full matches; partial ones (lacking a word) may follow
        long full = Math.min(hits.size(), result.get("total").asLong());
        for (int i = 0; i < full; i++) {
            boolean mentions = false;
            for (JsonNode c : hits.get(i).get("companies")) {
                mentions |= c.asText().equals(company);
            }
            assertThat(mentions).as(query + ": hit " + i + " of " + ofCompany).isEqualTo(i < ofCompany);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Microsoftu 5g",
                "open 5g",
                "cd 4",
                "x ai",
                "ai x 5",
                "Micorsoftu 5g",
                "a b c d e",
                "OpenAI'em's",
                "cd projekt projekt cd",
                "t-mobile polska",
                "11 bit studios"
            })
    void anyWordsGiveAnAnswer(String query) throws IOException {
        assertThat(search("q=" + enc(query)).get("total").asLong()).isNotNegative();
    }

    @Test
    void aCompanyAlreadyFilteredIsNotOfferedAgain() throws IOException {
        assertThat(named(search("q=" + enc("open ai") + "&company=OpenAI"))).isEmpty();
        assertThat(named(search("q=" + enc("open ai") + "&company=Microsoft"))).containsExactly("OpenAI");
    }

    @Test
    void queriesNamingNoCompanyOfferNone() throws IOException {
        for (String q : List.of("centrum danych", "sztuczna inteligencja", "zwolnienia", "gra")) {
            assertThat(named(search("q=" + enc(q)))).as(q).isEmpty();
        }
    }
}
