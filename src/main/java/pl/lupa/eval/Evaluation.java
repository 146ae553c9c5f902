package pl.lupa.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Runs judged queries through several rankers and measures each list: nDCG@10, P@10, MRR and
 * recall@100 per query and on average, and for every ranker after the first, how likely its
 * difference in nDCG@10 from the first is chance (a paired randomisation test).
 */
public final class Evaluation {

    /** The depth every ranker is asked for: enough for recall@100. */
    static final int DEPTH = 100;

    private static final int PERMUTATIONS = 10_000;

    /** A judged query: its id and the text a user would type. */
    public record JudgedQuery(String qid, String text) {}

    /** One query's measures under each ranker, in the rankers' order. */
    public record QueryResult(JudgedQuery query, List<Metrics> metrics) {}

    /**
     * @param rankers the rankers' names, the first being the one the others are compared with
     * @param pValues per ranker, the two-sided p-value of its nDCG@10 difference from the first
     *                (NaN for the first)
     */
    public record Report(List<String> rankers, List<QueryResult> queries, List<Metrics> means, List<Double> pValues) {

        /** The results as Markdown tables: the means, then (when asked) every query. */
        public String markdown(boolean perQuery) {
            var out = new StringBuilder();
            out.append("| ranking | nDCG@10 | P@10 | MRR | R@100 | unjudged in top 10 | p (nDCG@10 vs ")
                    .append(rankers.get(0))
                    .append(") |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (int r = 0; r < rankers.size(); r++) {
                Metrics m = means.get(r);
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %.3f | %.3f | %.3f | %.3f | %.1f | %s |%n",
                        rankers.get(r),
                        m.ndcg10(),
                        m.p10(),
                        m.mrr(),
                        m.recall100(),
                        m.unjudged10(),
                        Double.isNaN(pValues.get(r)) ? "–" : String.format(Locale.ROOT, "%.3f", pValues.get(r))));
            }
            out.append(String.format(Locale.ROOT, "%n%d queries.%n", queries.size()));
            if (perQuery) {
                out.append("\n| query |");
                rankers.forEach(r -> out.append(" nDCG@10 ").append(r).append(" |"));
                out.append("\n| --- |");
                rankers.forEach(r -> out.append(" ---: |"));
                out.append('\n');
                for (QueryResult q : queries) {
                    out.append("| ")
                            .append(q.query().qid())
                            .append(' ')
                            .append(q.query().text())
                            .append(" |");
                    q.metrics().forEach(m -> out.append(String.format(Locale.ROOT, " %.3f |", m.ndcg10())));
                    out.append('\n');
                }
            }
            return out.toString();
        }
    }

    private Evaluation() {}

    /** {@code qid<TAB>query[<TAB>anything]} per line; lines starting with {@code #} are comments. */
    public static List<JudgedQuery> readQueries(Path file) throws IOException {
        var out = new ArrayList<JudgedQuery>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || f[1].isBlank()) {
                throw new IOException(file + ":" + n + ": expected 'qid<TAB>query', found: " + line);
            }
            out.add(new JudgedQuery(f[0].strip(), f[1].strip()));
        }
        return out;
    }

    public static Report run(List<JudgedQuery> queries, Judgements judgements, List<Ranker> rankers)
            throws IOException {
        var results = new ArrayList<QueryResult>();
        for (JudgedQuery q : queries) {
            var metrics = new ArrayList<Metrics>();
            for (Ranker r : rankers) {
                metrics.add(Metrics.of(q.qid(), r.rank(q.text(), DEPTH), judgements));
            }
            results.add(new QueryResult(q, metrics));
        }
        var means = new ArrayList<Metrics>();
        var pValues = new ArrayList<Double>();
        for (int r = 0; r < rankers.size(); r++) {
            int ranker = r;
            means.add(Metrics.mean(
                    results.stream().map(q -> q.metrics().get(ranker)).toList()));
            if (r == 0) {
                pValues.add(Double.NaN);
            } else {
                double[] base = results.stream()
                        .mapToDouble(q -> q.metrics().get(0).ndcg10())
                        .toArray();
                double[] other = results.stream()
                        .mapToDouble(q -> q.metrics().get(ranker).ndcg10())
                        .toArray();
                pValues.add(pairedRandomisation(base, other, 42));
            }
        }
        return new Report(rankers.stream().map(Ranker::name).toList(), results, means, pValues);
    }

    /**
     * The two-sided p-value of the mean difference of paired scores under random sign flips: how
     * often swapping the two systems' scores query by query gives a difference at least as large.
     */
    static double pairedRandomisation(double[] a, double[] b, long seed) {
        int n = a.length;
        double observed = 0;
        for (int i = 0; i < n; i++) {
            observed += b[i] - a[i];
        }
        observed = Math.abs(observed / Math.max(1, n));
        var random = new Random(seed);
        int atLeast = 0;
        for (int p = 0; p < PERMUTATIONS; p++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double d = b[i] - a[i];
                sum += random.nextBoolean() ? d : -d;
            }
            if (Math.abs(sum / Math.max(1, n)) >= observed - 1e-12) {
                atLeast++;
            }
        }
        return (atLeast + 1.0) / (PERMUTATIONS + 1.0);
    }

    /** Names of the rankings {@link #ranker} knows, for usage texts. */
    public static List<String> knownRankings() {
        return List.of("lupa", "lupa-strict", "stempel-or", "morfologik-or");
    }

    /**
     * A ranker by name: {@code lupa} (the server's ranking) or {@code lupa-strict} (every word
     * required, as before partial matches), either with changed constants after a colon
     * ({@code lupa:titleBoost=2,partial=half}); or a stock baseline, {@code stempel-or} or
     * {@code morfologik-or}, built over the articles.
     */
    public static Ranker ranker(String spec, Path lupaIndex, ArticleSupplier articles) throws IOException {
        String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        String changes = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : "";
        switch (name) {
            case "lupa", "lupa-strict" -> {
                var config = name.equals("lupa")
                        ? pl.lupa.search.RankingConfig.DEFAULT
                        : pl.lupa.search.RankingConfig.STRICT;
                for (String change : changes.split(",")) {
                    if (!change.isBlank()) {
                        String[] kv = change.split("=", 2);
                        if (kv.length != 2) {
                            throw new IllegalArgumentException("expected name=value in '" + change + "'");
                        }
                        config = config.with(kv[0].strip(), kv[1]);
                    }
                }
                return new LupaRanker(spec, lupaIndex, config);
            }
            case "stempel-or" -> {
                return new BaselineRanker(BaselineRanker.Kind.STEMPEL_OR, articles.get());
            }
            case "morfologik-or" -> {
                return new BaselineRanker(BaselineRanker.Kind.MORFOLOGIK_OR, articles.get());
            }
            default ->
                throw new IllegalArgumentException(
                        "unknown ranking '" + name + "'; known: " + String.join(", ", knownRankings()));
        }
    }

    /** The articles a baseline indexes, read only when a baseline is asked for. */
    @FunctionalInterface
    public interface ArticleSupplier {
        List<pl.lupa.ingest.Article> get() throws IOException;
    }

    /** Every ranking constant of Lupa with its current value, for reports. */
    public static Map<String, String> lupaConstants() {
        return new LinkedHashMap<>(pl.lupa.search.RankingConfig.DEFAULT.asMap());
    }
}
