package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.index.Fixtures;
import pl.lupa.testing.TestServer;

/**
 * Two articles alike in everything but the form of one word in the title: whichever form the
 * query uses ranks its article first. Without the title's exact forms both would tie and keep
 * index order, so one of the two queries would fail.
 */
class ExactFormRankingTest {

    @TempDir
    Path tmp;

    @Test
    void theTitleWithTheQuerysFormRanksFirst() throws IOException {
        Path docs = tmp.resolve("docs");
        Fixtures.write(
                docs,
                "a-magazyny.md",
                Fixtures.markdown(
                        "Nowe magazyny pod Łodzią",
                        "2024-03-01",
                        "Inwestor buduje obiekty logistyczne dla sieci handlowych."));
        Fixtures.write(
                docs,
                "b-magazyn.md",
                Fixtures.markdown(
                        "Nowy magazyn pod Łodzią",
                        "2024-03-01",
                        "Inwestor buduje obiekty logistyczne dla sieci handlowych."));
        Path index = tmp.resolve("index");
        TestServer.index(docs, index, true);
        try (var searcher = new LupaSearcher(index, Duration.ofHours(1), Duration.ofSeconds(5))) {
            assertThat(ids(searcher, "magazyny")).containsExactly("a-magazyny.md", "b-magazyn.md");
            assertThat(ids(searcher, "magazyn")).containsExactly("b-magazyn.md", "a-magazyny.md");
        }
    }

    private static List<String> ids(LupaSearcher searcher, String q) {
        return searcher.search(RequestParser.parse(Map.of("q", List.of(q)))).hits().stream()
                .map(Hit::id)
                .toList();
    }
}
