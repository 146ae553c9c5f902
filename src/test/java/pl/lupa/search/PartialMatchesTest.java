package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.index.Fixtures;
import pl.lupa.testing.TestServer;

/**
 * Soft AND on an index whose articles hold random subsets of five made-up words, each word in a
 * different share of the articles: for every query of two to five of the words, the rules hold —
 * the articles holding every word come first and are the total; the others follow by the number of
 * words they hold, the rarest word counting as two, so that no article lacking the rarest word comes
 * before one that lacks a single other word; each lists exactly the words it lacks; every article
 * holding a word is listed; explicit syntax is never relaxed.
 */
class PartialMatchesTest {

    /** Made-up words (the dictionary knows none), and the share of articles each is in. */
    private static final String[] WORDS = {"zorblax", "quintor", "vexalun", "draminq", "pelvoth"};

    private static final double[] SHARE = {0.7, 0.55, 0.4, 0.25, 0.12};
    private static final int ARTICLES = 120;

    @TempDir
    static Path tmp;

    static LupaSearcher searcher;
    static final Map<String, List<String>> WORDS_OF = new HashMap<>();

    @BeforeAll
    static void index() throws IOException {
        var random = new Random(5);
        Path docs = tmp.resolve("docs");
        for (int a = 0; a < ARTICLES; a++) {
            var held = new ArrayList<String>();
            for (int w = 0; w < WORDS.length; w++) {
                if (random.nextDouble() < SHARE[w]) {
                    held.add(WORDS[w]);
                }
            }
            String id = "a" + a + ".md";
            WORDS_OF.put(id, held);
            var body = new StringBuilder("Artykuł numer " + a + " opisuje rynek.");
            for (String w : held) {
                body.append(" Wspomina też ").append(w).append(" w osobnym zdaniu.");
            }
            Fixtures.write(docs, id, Fixtures.markdown("Tekst " + a, "2024-01-01", body.toString()));
        }
        Path index = tmp.resolve("index");
        TestServer.index(docs, index);
        searcher = new LupaSearcher(index, Duration.ofHours(1), Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @Test
    void everyQueryOfTheWordsKeepsTheRules() {
        int checked = 0;
        for (int mask = 0; mask < (1 << WORDS.length); mask++) {
            var query = new ArrayList<String>();
            for (int w = 0; w < WORDS.length; w++) {
                if ((mask & (1 << w)) != 0) {
                    query.add(WORDS[w]);
                }
            }
            if (query.size() < 2) {
                continue;
            }
            check(query);
            checked++;
        }
        assertThat(checked).isEqualTo(26);
    }

    private static void check(List<String> query) {
        String text = String.join(" ", query);
        SearchResult r =
                searcher.search(SearchRequest.builder().query(text).size(100).build());
        long full = WORDS_OF.values().stream().filter(h -> h.containsAll(query)).count();
        String rarest = rarest(query);
        assertThat(r.total())
                .as(text + ": total counts the articles holding every word")
                .isEqualTo(full);
        int previousHeld = Integer.MAX_VALUE;
        boolean rarestDropped = false;
        int listed = 0;
        for (Hit h : r.hits()) {
            List<String> held = WORDS_OF.get(h.id());
            List<String> lacking = query.stream().filter(w -> !held.contains(w)).toList();
            int heldCount = query.size() - lacking.size();
            int weight = heldCount + (held.contains(rarest) ? 1 : 0); // the rarest word counts as two
            assertThat(h.missing())
                    .as(text + ": " + h.id() + " lists the words it lacks")
                    .isEqualTo(lacking);
            assertThat(weight).as(text + ": hits by the words they hold").isLessThanOrEqualTo(previousHeld);
            assertThat(heldCount).as(text + ": every hit holds a word").isPositive();
            if (lacking.size() == 1 && !lacking.contains(rarest)) {
                assertThat(rarestDropped)
                        .as(text + ": " + h.id() + " lacks one word, after an article lacking the rarest")
                        .isFalse();
            }
            rarestDropped |= lacking.contains(rarest);
            if (listed < full) {
                assertThat(lacking).as(text + ": the full matches come first").isEmpty();
            }
            previousHeld = weight;
            listed++;
        }
        long any = WORDS_OF.values().stream()
                .filter(h -> h.stream().anyMatch(query::contains))
                .count();
        assertThat((long) r.hits().size())
                .as(text + ": every article holding a word is listed, up to the page size")
                .isEqualTo(Math.min(any, 100));
        assertThat(r.partialTotal() == null ? 0 : r.partialTotal()).as(text).isEqualTo(any - full);
    }

    /** The query word in the fewest articles. */
    private static String rarest(List<String> query) {
        String rarest = null;
        long fewest = Long.MAX_VALUE;
        for (String w : query) {
            long n = WORDS_OF.values().stream().filter(h -> h.contains(w)).count();
            if (n > 0 && n < fewest) {
                fewest = n;
                rarest = w;
            }
        }
        return rarest;
    }

    @Test
    void explicitSyntaxIsNeverRelaxed() {
        for (String query :
                List.of("\"wspomina też zorblax\" pelvoth", "zorblax -pelvoth quintor", "draminq OR pelvoth vexalun")) {
            SearchResult r = searcher.search(
                    SearchRequest.builder().query(query).size(100).build());
            for (Hit h : r.hits()) {
                List<String> held = WORDS_OF.get(h.id());
                if (query.startsWith("\"")) {
                    assertThat(held).as(query + ": the phrase is always there").contains("zorblax");
                } else if (query.contains("-pelvoth")) {
                    assertThat(held).as(query + ": an exclusion always applies").doesNotContain("pelvoth");
                } else {
                    assertThat(held)
                            .as(query + ": one of the OR-group is always there")
                            .containsAnyOf("draminq", "pelvoth");
                }
            }
            assertThat(r.hits()).as(query).isNotEmpty();
        }
    }
}
