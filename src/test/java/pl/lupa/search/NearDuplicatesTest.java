package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.analysis.IndexTerms;
import pl.lupa.index.ArticleSchema;
import pl.lupa.testing.TestServer;

/**
 * Near-duplicates folded in the results, measured on labelled articles
 * ({@code near-duplicates/}): sixteen short articles of one week, eleven of them five stories told
 * by two or three outlets, five of them other news of the same companies in the same days. Every
 * pair of articles published within {@value NearDuplicates#MAX_DAYS} days is labelled by the
 * stories file: the same story or not.
 */
class NearDuplicatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static TestServer server;
    static Map<String, String> story = new LinkedHashMap<>();
    static Map<String, JsonNode> articles = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        String feed = resource("articles.jsonl");
        Files.writeString(docs.resolve("tydzien.jsonl"), feed, StandardCharsets.UTF_8);
        for (String line : feed.split("\n")) {
            JsonNode a = JSON.readTree(line);
            articles.put("tydzien.jsonl#" + a.get("id").asText(), a);
        }
        for (String line : resource("stories.tsv").split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] cols = line.split("\t");
                story.put("tydzien.jsonl#" + cols[0], cols[1]);
            }
        }
        Path index = tmp.resolve("index");
        TestServer.index(docs, index);
        server = TestServer.start(index);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void foldedPairsAreTheSameStory() throws IOException {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (String query : List.of("", "q=Netia", "q=centrum%20danych", "q=Microsoft%20OR%20Nvidia")) {
            Map<String, String> groupOf = groups(query);
            var ids = new ArrayList<>(groupOf.keySet());
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    String a = ids.get(i);
                    String b = ids.get(j);
                    if (!withinDays(a, b)) {
                        continue;
                    }
                    boolean same = story.get(a).equals(story.get(b));
                    boolean folded = groupOf.get(a).equals(groupOf.get(b));
                    if (same && folded) {
                        truePositives++;
                    } else if (folded) {
                        falsePositives++;
                    } else if (same) {
                        falseNegatives++;
                    }
                }
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf(
                "near-duplicates: precision %.3f, recall %.3f (%d true, %d false, %d missed pairs)%n",
                precision, recall, truePositives, falsePositives, falseNegatives);
        assertThat(truePositives).isPositive();
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void everyMatchIsShownOrFoldedOnceAndTheTotalStays() throws IOException {
        JsonNode all = get("");
        var seen = new ArrayList<String>();
        for (JsonNode hit : all.get("hits")) {
            seen.add(hit.get("id").asText());
            if (hit.has("duplicates")) {
                hit.get("duplicates").forEach(d -> seen.add(d.asText()));
                assertThat(hit.get("duplicates")).isNotEmpty();
            }
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(articles.size());
        assertThat(all.get("total").asInt()).isEqualTo(articles.size());
        assertThat(all.get("hits").size()).isLessThan(articles.size());
    }

    @Test
    void relatedArticlesMarkTheSameStoryAndListItOnce() throws IOException {
        for (String id : articles.keySet()) {
            var response = server.get(
                    "/api/documents/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8) + "/related?size=10");
            JsonNode related = JSON.readTree(response.body());
            var others = new HashSet<String>();
            for (JsonNode hit : related.get("hits")) {
                String other = hit.get("id").asText();
                boolean sameStory = story.get(other).equals(story.get(id));
                assertThat(hit.path("sameStory").asBoolean())
                        .as(id + " → " + other)
                        .isEqualTo(sameStory);
                others.add(other);
                hit.path("duplicates").forEach(d -> {
                    assertThat(story.get(d.asText())).isEqualTo(story.get(other));
                    others.add(d.asText());
                });
            }
            long sameStories = story.entrySet().stream()
                    .filter(e -> !e.getKey().equals(id) && e.getValue().equals(story.get(id)))
                    .count();
            long listed = others.stream()
                    .filter(o -> story.get(o).equals(story.get(id)))
                    .count();
            assertThat(listed)
                    .as("every other report of " + id + "'s story is related")
                    .isEqualTo(sameStories);
            assertThat(others).doesNotContain(id);
        }
    }

    @Test
    void withoutGroupEveryHitIsListed() throws IOException {
        var response = server.get("/api/search?size=100");
        JsonNode all = JSON.readTree(response.body());
        assertThat(all.get("hits")).hasSize(articles.size());
        all.get("hits").forEach(h -> assertThat(h.has("duplicates")).isFalse());
    }

    @Test
    void theSimilarityThresholdSeparatesTheLabelledPairs() {
        var analyzer = ArticleSchema.indexAnalyzer();
        var lemmas = new HashMap<String, Set<String>>();
        articles.forEach((id, a) -> lemmas.put(
                id,
                IndexTerms.of(
                        analyzer,
                        ArticleSchema.BODY,
                        a.get("title").asText() + "\n\n" + a.get("text").asText())));
        double lowestSame = 1;
        double highestOther = 0;
        var ids = new ArrayList<>(articles.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                double sim = NearDuplicates.jaccard(lemmas.get(ids.get(i)), lemmas.get(ids.get(j)));
                if (story.get(ids.get(i)).equals(story.get(ids.get(j)))) {
                    lowestSame = Math.min(lowestSame, sim);
                } else {
                    highestOther = Math.max(highestOther, sim);
                }
            }
        }
        System.out.printf("near-duplicates: same story ≥ %.3f, other news ≤ %.3f%n", lowestSame, highestOther);
        assertThat(highestOther).isLessThan(NearDuplicates.MIN_SIMILARITY);
        analyzer.close();
    }

    /** Article id → the id of the hit it is shown as (itself, or the hit it is folded into). */
    private static Map<String, String> groups(String query) throws IOException {
        var out = new LinkedHashMap<String, String>();
        for (JsonNode hit : get(query).get("hits")) {
            String shown = hit.get("id").asText();
            out.put(shown, shown);
            if (hit.has("duplicates")) {
                hit.get("duplicates").forEach(d -> out.put(d.asText(), shown));
            }
        }
        return out;
    }

    private static boolean withinDays(String a, String b) {
        LocalDate da = LocalDate.parse(articles.get(a).get("date").asText());
        LocalDate db = LocalDate.parse(articles.get(b).get("date").asText());
        return Math.abs(da.toEpochDay() - db.toEpochDay()) <= NearDuplicates.MAX_DAYS;
    }

    private static JsonNode get(String query) throws IOException {
        var response = server.get("/api/search?group=true&size=100&" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NearDuplicatesTest.class.getResourceAsStream("/near-duplicates/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
