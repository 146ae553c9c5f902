package pl.lupa.eval;

import java.util.List;

/**
 * The measures of one ranked list against the judgements of its query.
 *
 * @param ndcg10     nDCG at 10 with the grades as gains (TREC's linear gains) and a log2 discount,
 *                   against the ideal order of every judged document
 * @param p10        relevant (grade ≥ 1) documents among the first 10, divided by 10
 * @param mrr        1 / the rank of the first relevant document in the list, 0 when none is
 * @param recall100  relevant documents among the first 100 / all relevant documents of the query
 * @param unjudged10 documents among the first 10 that nobody judged (they count as not relevant)
 */
public record Metrics(double ndcg10, double p10, double mrr, double recall100, double unjudged10) {

    public static Metrics of(String qid, List<String> ranked, Judgements judgements) {
        double dcg = 0;
        int relevantIn10 = 0;
        int unjudged = 0;
        double rr = 0;
        int relevantIn100 = 0;
        for (int i = 0; i < Math.min(100, ranked.size()); i++) {
            String doc = ranked.get(i);
            int grade = judgements.grade(qid, doc);
            if (i < 10) {
                dcg += grade / log2(i + 2);
                relevantIn10 += grade > 0 ? 1 : 0;
                unjudged += judgements.judged(qid, doc) ? 0 : 1;
            }
            if (grade > 0) {
                relevantIn100++;
                if (rr == 0) {
                    rr = 1.0 / (i + 1);
                }
            }
        }
        List<Integer> ideal = judgements.byQuery().getOrDefault(qid, java.util.Map.of()).values().stream()
                .filter(g -> g > 0)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        long relevant = judgements.relevant(qid);
        return new Metrics(
                idcg == 0 ? 0 : dcg / idcg,
                relevantIn10 / 10.0,
                rr,
                relevant == 0 ? 0 : (double) relevantIn100 / relevant,
                unjudged);
    }

    /** The mean of each measure over several queries. */
    public static Metrics mean(List<Metrics> all) {
        if (all.isEmpty()) {
            return new Metrics(0, 0, 0, 0, 0);
        }
        return new Metrics(
                all.stream().mapToDouble(Metrics::ndcg10).average().orElse(0),
                all.stream().mapToDouble(Metrics::p10).average().orElse(0),
                all.stream().mapToDouble(Metrics::mrr).average().orElse(0),
                all.stream().mapToDouble(Metrics::recall100).average().orElse(0),
                all.stream().mapToDouble(Metrics::unjudged10).average().orElse(0));
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
