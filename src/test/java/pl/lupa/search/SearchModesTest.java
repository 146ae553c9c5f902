package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.index.Fixtures;
import pl.lupa.testing.TestServer;

/** A search without facets or without snippets: what it leaves out, and that the hits are the same. */
class SearchModesTest {

    private static final int DOCS = 1_500;

    @TempDir
    static Path tmp;

    static LupaSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        var feed = new StringBuilder();
        for (int i = 0; i < DOCS; i++) {
            String company = i % 3 == 0 ? "Comarch" : "Asseco";
            feed.append(String.format(
                    "{\"id\":\"a%d\",\"title\":\"Chmura numer %d\",\"date\":\"2024-0%d-10\","
                            + "\"text\":\"%s przenosi do chmury system numer %d. Koszt to %d mln dolarów.\"}%n",
                    i, i, 1 + i % 9, company, i, 1 + i % 50));
        }
        Path docs = tmp.resolve("docs");
        Fixtures.write(docs, "feed.jsonl", feed.toString());
        Path index = tmp.resolve("index");
        TestServer.index(docs, index, true);
        searcher = new LupaSearcher(index, Duration.ofHours(1), Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(String... params) {
        var map = new java.util.HashMap<String, List<String>>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], List.of(params[i + 1]));
        }
        return searcher.search(RequestParser.parse(map));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    @Test
    void withFacetsTheTotalIsExact() {
        SearchResult r = search("q", "chmura");
        assertThat(r.total()).isEqualTo(DOCS);
        assertThat(r.totalRelation()).isEqualTo("eq");
        assertThat(r.facets().get("company")).extracting(FacetValue::value).containsExactly("Asseco", "Comarch");
    }

    @Test
    void withoutFacetsTheSameTopHitsAndALowerBound() {
        SearchResult full = search("q", "chmura system", "size", "20");
        SearchResult plain = search("q", "chmura system", "size", "20", "facets", "false");
        assertThat(ids(plain)).isEqualTo(ids(full));
        assertThat(plain.totalRelation()).isEqualTo("gte");
        assertThat(plain.total()).isBetween((long) SearchRequest.EXACT_TOTAL_UP_TO, (long) DOCS);
        assertThat(plain.facets().values())
                .allSatisfy(values -> assertThat(values).isEmpty());

        SearchResult few = search("q", "chmura", "company", "Comarch", "facets", "false", "usdMax", "5000000");
        assertThat(few.totalRelation()).as("below the limit the count is exact").isEqualTo("eq");
        assertThat(few.total())
                .isEqualTo(search("q", "chmura", "company", "Comarch", "usdMax", "5000000")
                        .total())
                .isPositive();
    }

    /**
     * A one-word search takes two passes (top hits by block-max WAND, then counts without
     * scores); a date range covering every article sends the same search through drill sideways
     * in one pass. Hits, scores, totals and every facet count must agree, whether the word is in
     * all articles, in two of three (counted by subtraction) or in one of three.
     */
    @Test
    void oneWordInTwoPassesAgreesWithOnePass() {
        for (String word : new String[] {"chmura", "asseco", "comarch", "numer", "koszt"}) {
            SearchResult twoPasses = search("q", word, "size", "50");
            SearchResult onePass = search("q", word, "size", "50", "from", "2000-01-01", "to", "2099-12-31");
            assertThat(twoPasses.total()).as(word).isPositive().isEqualTo(onePass.total());
            assertThat(ids(twoPasses)).as(word).isEqualTo(ids(onePass));
            assertThat(twoPasses.hits())
                    .extracting(Hit::score)
                    .isEqualTo(onePass.hits().stream().map(Hit::score).toList());
            for (String dim : List.of("company", "usd", "year", "month")) {
                assertThat(counts(twoPasses, dim))
                        .as(word + " / " + dim)
                        .isNotEmpty()
                        .isEqualTo(counts(onePass, dim));
            }
        }
    }

    private static Map<String, Long> counts(SearchResult r, String dim) {
        var out = new java.util.TreeMap<String, Long>();
        r.facets().get(dim).forEach(f -> out.put(f.value(), f.count()));
        return out;
    }

    @Test
    void withoutSnippetsNothingIsMarked() {
        SearchResult full = search("q", "chmura");
        SearchResult bare = search("q", "chmura", "snippets", "false");
        assertThat(ids(bare)).isEqualTo(ids(full));
        assertThat(full.hits().get(0).snippets()).anySatisfy(s -> assertThat(s).contains("<mark>"));
        assertThat(full.hits().get(0).titleHighlighted()).contains("<mark>");
        assertThat(bare.hits()).allSatisfy(h -> {
            assertThat(h.snippets()).isEmpty();
            assertThat(h.titleHighlighted()).doesNotContain("<mark>").isEqualTo(h.title());
            assertThat(h.companies()).isNotEmpty();
        });
    }
}
