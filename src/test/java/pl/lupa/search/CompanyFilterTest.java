package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.index.Fixtures;
import pl.lupa.testing.TestServer;

/**
 * Company filters over HTTP: any spelling of a company's name finds its articles, an unknown one
 * is a 400 naming the closest companies, and a renamed company is one facet value that shows the
 * former name its articles use.
 */
class CompanyFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path docs = tmp.resolve("docs");
        Fixtures.write(
                docs,
                "2015/twitter.md",
                Fixtures.markdown(
                        "Twitter pozwoli pisać dłuższe wpisy",
                        "2015-09-29",
                        "Twitter testuje wpisy dłuższe niż 140 znaków. Akcje Twittera wzrosły o 3 proc."));
        Fixtures.write(
                docs,
                "2024/x.md",
                Fixtures.markdown(
                        "X Corp. zmienia regulamin",
                        "2024-05-02",
                        "X Corp., dawniej Twitter, zmienia regulamin serwisu. Zmiany wejdą w życie w czerwcu."));
        Fixtures.write(
                docs,
                "2024/nvidia.md",
                Fixtures.markdown(
                        "Nvidia otwiera biuro w Warszawie",
                        "2024-03-05",
                        "Nvidia otworzy w Warszawie biuro badawcze. Orange Polska będzie jej partnerem."));
        Fixtures.write(
                docs,
                "2023/telefonica.md",
                Fixtures.markdown(
                        "Telefónica sprzedaje wieże",
                        "2023-02-11",
                        "Telefónica sprzeda część wież telekomunikacyjnych. Kupującym jest Cellnex."));
        Fixtures.write(
                docs,
                "2022/orlen.md",
                Fixtures.markdown(
                        "PKN Orlen inwestuje w centra danych",
                        "2022-08-20",
                        "PKN Orlen zbuduje własne centrum danych w Płocku."));
        Path index = tmp.resolve("index");
        TestServer.index(docs, index);
        server = TestServer.start(index);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static JsonNode get(String query, int status) throws IOException {
        var response = server.get("/api/search?" + query);
        assertThat(response.statusCode()).as(query + " " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static String company(String name) {
        return "company=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode result) {
        var out = new ArrayList<String>();
        result.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    private static List<String> selected(JsonNode result) {
        var out = new ArrayList<String>();
        result.get("facets").get("company").forEach(v -> {
            if (v.get("selected").asBoolean()) {
                out.add(v.get("value").asText());
            }
        });
        return out;
    }

    @Test
    void everySpellingOfEveryCompanyFindsWhatItsNameFinds() throws IOException {
        JsonNode all = get("facetSize=100", 200);
        int checked = 0;
        for (JsonNode value : all.get("facets").get("company")) {
            String name = value.get("value").asText();
            JsonNode exact = get(company(name), 200);
            assertThat(exact.get("total").asLong())
                    .as(name)
                    .isEqualTo(value.get("count").asLong());
            String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            for (String spelling : List.of(
                    name.toLowerCase(Locale.ROOT),
                    name.toUpperCase(Locale.ROOT),
                    plain,
                    plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""),
                    " " + name + " ")) {
                JsonNode r = get(company(spelling), 200);
                assertThat(ids(r)).as(spelling).isEqualTo(ids(exact));
                assertThat(selected(r)).as(spelling).containsExactly(name);
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anUnknownCompanyIsA400NamingTheClosest() throws IOException {
        JsonNode r = get(company("Nvidiia"), 400);
        assertThat(r.get("param").asText()).isEqualTo("company");
        assertThat(r.get("value").asText()).isEqualTo("Nvidiia");
        assertThat(r.get("suggestions").get(0).asText()).isEqualTo("Nvidia");
        assertThat(r.get("error").asText()).contains("unknown company 'Nvidiia'");
        // a beginning is close too
        assertThat(get(company("Tele"), 400).get("suggestions").get(0).asText()).isEqualTo("Telefónica");
        // one unknown value among known ones is still an error
        assertThat(get(company("Nvidia") + "&" + company("Intel"), 400)
                        .get("value")
                        .asText())
                .isEqualTo("Intel");
    }

    @Test
    void aRenamedCompanyIsOneFacetValueShowingTheNameItsArticlesUse() throws IOException {
        JsonNode all = get("facetSize=100", 200);
        JsonNode x = null;
        for (JsonNode v : all.get("facets").get("company")) {
            if (v.get("value").asText().equals("X Corp.")) {
                x = v;
            }
        }
        assertThat(x).isNotNull();
        assertThat(x.get("count").asInt()).isEqualTo(2);
        assertThat(x.get("label").asText()).isEqualTo("X Corp. (dawniej Twitter)");
        assertThat(all.get("facets").get("company").findValuesAsText("value")).doesNotContain("Twitter");

        // the former name filters the whole company
        JsonNode byFormer = get(company("twitter"), 200);
        assertThat(ids(byFormer)).containsExactlyInAnyOrder("2015/twitter.md", "2024/x.md");
        assertThat(selected(byFormer)).containsExactly("X Corp.");

        // each article keeps the name it uses
        for (JsonNode hit : byFormer.get("hits")) {
            if (hit.get("id").asText().equals("2015/twitter.md")) {
                assertThat(hit.get("formerNames").get("X Corp.").asText()).isEqualTo("Twitter");
            } else {
                assertThat(hit.has("formerNames"))
                        .as("uses the current name too")
                        .isFalse();
            }
        }
        JsonNode orlen = get(company("PKN Orlen"), 200);
        assertThat(selected(orlen)).containsExactly("Orlen");
        assertThat(orlen.get("hits").get(0).get("formerNames").get("Orlen").asText())
                .isEqualTo("PKN Orlen");
    }
}
