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
import pl.lupa.index.Fixtures;
import pl.lupa.testing.TestServer;

/** A phrase, like the words near each other, lies within one sentence. */
class SentenceBoundaryTest {

    @TempDir
    static Path tmp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path docs = tmp.resolve("docs");
        Fixtures.write(
                docs,
                "a.md",
                Fixtures.markdown(
                        "Regulator i gry",
                        "2023-10-13",
                        "Regulator długo badał ofertę Microsoftu. Przejęcie Activision zamknięto w październiku."));
        Fixtures.write(
                docs,
                "b.md",
                Fixtures.markdown(
                        "Zapowiedź transakcji",
                        "2022-01-18",
                        "Microsoft przejmie Activision Blizzard, ogłosiła spółka we wtorek."));
        Fixtures.write(
                docs,
                "c.md",
                Fixtures.markdown(
                        "Nagłówek bez kropki", "2022-02-01", "Centrum\n\nDanych nie zbudowano, bo zabrakło prądu."));
        Path index = tmp.resolve("index");
        TestServer.index(docs, index);
        server = TestServer.start(index);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static List<String> ids(String q) throws IOException {
        var response = server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        var out = new ArrayList<String>();
        body.get("hits").forEach(h -> {
            if (!h.has("missing")) {
                out.add(h.get("id").asText());
            }
        });
        return out;
    }

    @Test
    void aPhraseDoesNotJoinTheEndOfOneSentenceToTheStartOfTheNext() throws IOException {
        assertThat(ids("\"Microsoft przejmie\"")).containsExactly("b.md");
        // the same words as plain words find both
        assertThat(ids("Microsoft przejmie")).containsExactlyInAnyOrder("a.md", "b.md");
        // a heading without a full stop ends at its line
        assertThat(ids("\"centrum danych\"")).isEmpty();
        assertThat(ids("\"danych nie\"")).containsExactly("c.md");
    }
}
