package pl.lupa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import pl.lupa.analysis.Vocabulary;

/**
 * Articles that hold some of the query's words, listed after those that hold them all (soft AND).
 *
 * <p>A partial match keeps the explicit syntax — phrases and OR-groups are required, exclusions
 * apply — and may lack plain words only: one of them ({@link RankingConfig.Partial#ONE_MISSING}),
 * up to half ({@link RankingConfig.Partial#HALF}) or all but one ({@link RankingConfig.Partial#ANY}).
 * Partial matches are ranked by how many words they hold, then by score; the query's rarest word —
 * the one in the fewest articles, most often the name the reader is after — weighs as
 * {@link RankingConfig.Rarest} says. Each match says which words it lacks.
 *
 * <p>The order is built into the score: every word held adds {@link #PER_WORD}, far above what BM25
 * gives, so the best-scored hits are those holding the most words and Lucene's top-k collection
 * (with its skipping) finds them; {@link #rank} takes the bonuses off again for display.
 */
final class PartialMatches {

    /**
     * Every word an article holds adds this to its score: far above any BM25 score, so the words
     * held decide the order and BM25 only orders matches holding as many.
     */
    static final float PER_WORD = 1000f;

    /**
     * The partial matches' query, the words that decide how many a match holds, the rarest word
     * (or null) and the bonus its holding adds.
     */
    record Plan(Query query, List<QueryPlan.Word> words, QueryPlan.Word rarest, float rarestBonus) {}

    /** Hits with their BM25 scores, and the words each lacks. */
    record Ranked(ScoreDoc[] hits, Map<Integer, List<String>> missing) {}

    private PartialMatches() {}

    /**
     * The query of the partial matches, or empty when nothing can be left out.
     *
     * @param excludeFull leave out the articles holding every word (they are listed already)
     */
    static Optional<Plan> plan(QueryPlan plan, IndexSearcher searcher, RankingConfig config, boolean excludeFull)
            throws IOException {
        return plan(plan, BodyVocabulary.of(searcher.getIndexReader()), config, excludeFull);
    }

    /**
     * @param vocabulary how many articles hold each term, which picks the rarest word: the index's,
     *                   or a whole collection's when the query runs on a shard of it
     */
    static Optional<Plan> plan(QueryPlan plan, Vocabulary vocabulary, RankingConfig config, boolean excludeFull) {
        if (!plan.relaxable()) {
            return Optional.empty();
        }
        int clauses = plan.words().size() + plan.fixed().size();
        int wanted = switch (config.partial()) {
            case HALF -> (clauses + 1) / 2;
            case ANY -> 1;
            default -> clauses - 1;
        };
        QueryPlan.Word rarest =
                config.rarest() == RankingConfig.Rarest.IGNORE ? null : rarest(plan.words(), vocabulary);
        boolean required = rarest != null && config.rarest() == RankingConfig.Rarest.REQUIRE;
        float rarestBonus = switch (config.rarest()) {
            case IN_TIER -> PER_WORD / 2;
            case DOUBLE -> PER_WORD;
            case FIRST -> PER_WORD * (plan.words().size() + 1);
            default -> 0f;
        };
        var b = new BooleanQuery.Builder();
        plan.fixed().forEach(q -> b.add(q, Occur.MUST));
        var some = new BooleanQuery.Builder();
        int optional = 0;
        for (QueryPlan.Word w : plan.words()) {
            float bonus = PER_WORD + (w == rarest ? rarestBonus : 0f);
            if (w == rarest && required) {
                b.add(counted(w.query(), bonus), Occur.MUST);
            } else {
                some.add(counted(w.query(), bonus), Occur.SHOULD);
                optional++;
            }
        }
        int fromOptional = wanted - plan.fixed().size() - (required ? 1 : 0);
        if (!required && plan.fixed().isEmpty()) {
            fromOptional = Math.max(1, fromOptional); // at least one word, or every article would match
        }
        if (optional > 0) {
            some.setMinimumNumberShouldMatch(Math.max(0, Math.min(optional, fromOptional)));
            b.add(some.build(), fromOptional > 0 ? Occur.MUST : Occur.SHOULD);
        }
        plan.excluded().forEach(q -> b.add(q, Occur.MUST_NOT));
        if (excludeFull) {
            b.add(plan.strict(), Occur.MUST_NOT);
        }
        return Optional.of(new Plan(b.build(), plan.words(), rarest, rarestBonus));
    }

    private static Query counted(Query word, float bonus) {
        return new BooleanQuery.Builder()
                .add(word, Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(word), bonus), Occur.SHOULD)
                .build();
    }

    /**
     * The word in the fewest articles (its lemmas counted in the body), the first of equals; a word
     * in no article at all is no candidate (a typo cannot be kept), and null when all are such.
     */
    private static QueryPlan.Word rarest(List<QueryPlan.Word> words, Vocabulary vocabulary) {
        QueryPlan.Word rarest = null;
        long fewest = Long.MAX_VALUE;
        for (QueryPlan.Word w : words) {
            long df = 0;
            for (String t : w.terms()) {
                df += vocabulary.docFreq(t);
            }
            if (df > 0 && df < fewest) {
                fewest = df;
                rarest = w;
            }
        }
        return rarest;
    }

    /** The hits in their order, their scores without the bonuses, and the words each lacks. */
    static Ranked rank(IndexSearcher searcher, ScoreDoc[] hits, Plan plan) throws IOException {
        List<QueryPlan.Word> words = plan.words();
        boolean[][] held = held(searcher, hits, words);
        var missing = new HashMap<Integer, List<String>>();
        var ranked = new ScoreDoc[hits.length];
        for (int i = 0; i < hits.length; i++) {
            var lacks = new ArrayList<String>();
            float bonus = 0;
            for (int w = 0; w < words.size(); w++) {
                if (held[i][w]) {
                    bonus += PER_WORD + (words.get(w) == plan.rarest() ? plan.rarestBonus() : 0f);
                } else {
                    lacks.add(words.get(w).text());
                }
            }
            missing.put(hits[i].doc, List.copyOf(lacks));
            ranked[i] = new ScoreDoc(hits[i].doc, Math.max(0f, hits[i].score - bonus), hits[i].shardIndex);
        }
        return new Ranked(ranked, missing);
    }

    /** For each hit and word, whether the hit holds the word: each word's iterator advanced to the hits alone. */
    private static boolean[][] held(IndexSearcher searcher, ScoreDoc[] hits, List<QueryPlan.Word> words)
            throws IOException {
        var held = new boolean[hits.length][words.size()];
        Integer[] order = new Integer[hits.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int w = 0; w < words.size(); w++) {
            Weight weight =
                    searcher.createWeight(searcher.rewrite(words.get(w).query()), ScoreMode.COMPLETE_NO_SCORES, 1);
            int leaf = -1;
            int leafEnd = 0;
            DocIdSetIterator it = null;
            for (int i : order) {
                int doc = hits[i].doc;
                if (doc >= leafEnd) {
                    while (doc >= leafEnd) {
                        leaf++;
                        leafEnd = leaves.get(leaf).docBase
                                + leaves.get(leaf).reader().maxDoc();
                    }
                    Scorer scorer = weight.scorer(leaves.get(leaf));
                    it = scorer == null ? null : scorer.iterator();
                }
                int target = doc - leaves.get(leaf).docBase;
                if (it != null && (it.docID() == target || it.docID() < target && it.advance(target) == target)) {
                    held[i][w] = true;
                }
            }
        }
        return held;
    }
}
