package pl.lupa.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Adds a second query's score to the first-pass hits it matches, and sorts them again: the sum
 * that {@link QueryRescorer#rescore(IndexSearcher, org.apache.lucene.search.TopDocs, Query, double, int)}
 * computes with weight 1, with the same order (score descending, then doc id).
 *
 * <p>The difference is the cost. {@code QueryRescorer} advances the query's iterator to each hit,
 * and for a phrase that iterator only stops on a verified match: between two hits it reads the
 * positions of every document that holds all the words, hits or not. Here the approximation
 * (all words present) is advanced to the hit, and positions are read for the hit alone. With
 * proximity phrases over common words this was three quarters of the rescoring time.
 */
final class ProximityRescorer {

    private static final Comparator<ScoreDoc> BY_SCORE = (a, b) -> {
        int c = Float.compare(b.score, a.score);
        return c != 0 ? c : Integer.compare(a.doc, b.doc);
    };

    private ProximityRescorer() {}

    /** New score docs: each hit's score plus the query's score where it matches, best first. */
    static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] firstPass, Query query) throws IOException {
        var hits = new ScoreDoc[firstPass.length];
        for (int i = 0; i < hits.length; i++) {
            hits[i] = new ScoreDoc(firstPass[i].doc, firstPass[i].score, firstPass[i].shardIndex);
        }
        Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        int leafEnd = 0;
        int docBase = 0;
        Scorer scorer = null;
        DocIdSetIterator candidates = null;
        TwoPhaseIterator positions = null;
        for (ScoreDoc hit : hits) {
            if (hit.doc >= leafEnd) {
                while (hit.doc >= leafEnd) {
                    leaf++;
                    leafEnd =
                            leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc();
                }
                docBase = leaves.get(leaf).docBase;
                scorer = weight.scorer(leaves.get(leaf));
                positions = scorer == null ? null : scorer.twoPhaseIterator();
                candidates = scorer == null ? null : positions == null ? scorer.iterator() : positions.approximation();
            }
            if (scorer == null) {
                continue;
            }
            int target = hit.doc - docBase;
            int at = candidates.docID();
            if (at < target) {
                at = candidates.advance(target);
            }
            if (at == target && (positions == null || positions.matches())) {
                hit.score = (float) (hit.score + (double) scorer.score());
            }
        }
        Arrays.sort(hits, BY_SCORE);
        return hits;
    }
}
