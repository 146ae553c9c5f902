package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.extract.Amount;
import pl.lupa.index.Fixtures;
import pl.lupa.testing.TestServer;

/**
 * From extraction to the index and back: a price per share, other countries' dollars and a
 * fractional price reach the article view as written, while the dollar facet, the dollar range
 * filter and a hit's {@code amountsUsd} see only US-dollar sums, in whole dollars for the first two.
 */
class PerUnitAmountsTest {

    @TempDir
    static Path tmp;

    static LupaSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        Path docs = tmp.resolve("docs");
        Fixtures.write(
                docs,
                "twitter.md",
                Fixtures.markdown(
                        "Musk kupuje Twittera",
                        "2022-04-25",
                        "Musk zapłaci 54,20 dolara za akcję, a cała transakcja jest warta 2 mld dolarów."));
        Fixtures.write(
                docs,
                "gra.md",
                Fixtures.markdown("Premiera gry", "2022-02-04", "Podstawowa edycja gry kosztuje w USA 59,99 dolara."));
        Fixtures.write(
                docs,
                "kanada.md",
                Fixtures.markdown(
                        "Kanadyjska runda",
                        "2023-03-01",
                        "Start-up z Toronto zebrał 40 mln dolarów kanadyjskich, a jego akcje kosztują 3 dolary za sztukę."));
        Path index = tmp.resolve("index");
        TestServer.index(docs, index, true);
        searcher = new LupaSearcher(index, Duration.ofHours(1), Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(String... params) {
        var map = new HashMap<String, List<String>>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], List.of(params[i + 1]));
        }
        return searcher.search(RequestParser.parse(map));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).sorted().toList();
    }

    private static Map<String, Long> usdFacet(SearchResult r) {
        return r.facets().get("usd").stream()
                .filter(v -> v.count() > 0)
                .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }

    @Test
    void theDollarFacetCountsSumsOnly() {
        // the Twitter article is a 1–10 mld $ article and nothing below 1 mln $; the Canadian one
        // has no US-dollar sum at all
        assertThat(usdFacet(search())).containsOnly(Map.entry("1B-10B", 1L), Map.entry("lt1M", 1L));
        assertThat(ids(search("usd", "lt1M"))).containsExactly("gra.md");
    }

    @Test
    void theDollarRangeFilterSkipsPricesPerUnit() {
        // 54,20 $ per share and 3 $ per share are in range but no sums; $59.99 counts as $59
        assertThat(ids(search("usdMin", "1", "usdMax", "100"))).containsExactly("gra.md");
        assertThat(ids(search("usdMin", "59", "usdMax", "59"))).containsExactly("gra.md");
        assertThat(ids(search("usdMin", "60"))).containsExactly("twitter.md");
    }

    @Test
    void hitsListTheSumsExactly() {
        Map<String, List<BigDecimal>> amounts =
                search().hits().stream().collect(Collectors.toMap(Hit::id, Hit::amountsUsd));
        assertThat(amounts)
                .containsOnly(
                        Map.entry("twitter.md", List.of(new BigDecimal("2000000000"))),
                        Map.entry("gra.md", List.of(new BigDecimal("59.99"))),
                        Map.entry("kanada.md", List.of()));
    }

    @Test
    void theArticleShowsEveryAmountAsExtracted() {
        assertThat(searcher.document("twitter.md").orElseThrow().amounts())
                .containsExactly(
                        Amount.of("54,20 dolara", new BigDecimal("54.20"), "USD", "akcja"),
                        Amount.of("2 mld dolarów", new BigDecimal("2000000000"), "USD"));
        assertThat(searcher.document("kanada.md").orElseThrow().amounts())
                .extracting(Amount::text, Amount::currency, Amount::usd, Amount::per)
                .containsExactly(
                        tuple("40 mln dolarów kanadyjskich", "CAD", null, null),
                        tuple("3 dolary", "USD", new BigDecimal("3"), "sztuka"));
    }
}
