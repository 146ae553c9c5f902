package pl.lupa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measures by hand on small examples, the file formats, and the randomisation test. */
class EvaluationTest {

    @TempDir
    Path tmp;

    private static final Judgements JUDGED = new Judgements(Map.of("q1", Map.of("a", 2, "b", 1, "c", 0, "d", 2)));

    @Test
    void measuresOfOneListByHand() {
        // a (2) at 1, x (unjudged) at 2, b (1) at 3; d (2) never found
        Metrics m = Metrics.of("q1", List.of("a", "x", "b", "c"), JUDGED);
        double dcg = 2 / log2(2) + 0 + 1 / log2(4);
        double idcg = 2 / log2(2) + 2 / log2(3) + 1 / log2(4);
        assertThat(m.ndcg10()).isCloseTo(dcg / idcg, within(1e-9));
        assertThat(m.p10()).isEqualTo(0.2);
        assertThat(m.mrr()).isEqualTo(1.0);
        assertThat(m.recall100()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(m.unjudged10()).isEqualTo(1);

        Metrics late = Metrics.of("q1", List.of("c", "x", "d"), JUDGED);
        assertThat(late.mrr()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(Metrics.of("q1", List.of("d", "a", "b"), JUDGED).ndcg10()).isCloseTo(1.0, within(1e-9));
        assertThat(Metrics.of("q2", List.of("a"), JUDGED).ndcg10())
                .as("a query nobody judged")
                .isZero();
    }

    @Test
    void theRandomisationTestSeparatesRealDifferencesFromChance() {
        double[] same = {0.5, 0.6, 0.7, 0.8, 0.4, 0.3, 0.9, 0.2, 0.6, 0.5};
        assertThat(Evaluation.pairedRandomisation(same, same.clone(), 1)).isEqualTo(1.0);
        double[] better = new double[same.length];
        for (int i = 0; i < same.length; i++) {
            better[i] = same[i] + 0.1;
        }
        assertThat(Evaluation.pairedRandomisation(same, better, 1)).isLessThan(0.01);
    }

    @Test
    void filesAreReadStrictly() throws IOException {
        Path qrels = Files.writeString(tmp.resolve("qrels"), "q1 0 a 2\nq1 0 b x\n");
        assertThatThrownBy(() -> Judgements.read(qrels))
                .hasMessageContaining(":2:")
                .hasMessageContaining("grade");
        Path queries = Files.writeString(tmp.resolve("queries"), "# comment\nq1\tcentrum danych\tdescription\nq2\n");
        assertThatThrownBy(() -> Evaluation.readQueries(queries)).hasMessageContaining(":3:");
        Path good = Files.writeString(tmp.resolve("good"), "q1\tcentrum danych\tdescription\n");
        assertThat(Evaluation.readQueries(good)).containsExactly(new Evaluation.JudgedQuery("q1", "centrum danych"));
    }

    @Test
    void judgedIdsLeaveOutTheFeedFileName() {
        assertThat(Ranker.judgedId("wikinews-pl.jsonl#poleval/train/wikinews1")).isEqualTo("poleval/train/wikinews1");
        assertThat(Ranker.judgedId("2024/a.md")).isEqualTo("2024/a.md");
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
