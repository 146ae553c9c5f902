package pl.lupa.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Cuts a query off when its time budget is spent: its bulk scorer looks at the clock between
 * windows of documents, and the iterators of its scorers every few hundred documents, and throw
 * {@link Exceeded}. Unlike IndexSearcher's timeout this also works inside drill-sideways scoring,
 * which must see every document of a segment in one pass and so uses the scorers.
 */
final class DeadlineQuery extends Query {

    /** The budget ran out; the search is abandoned and reported as timed out. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("search time budget exceeded", null, false, false);
        }
    }

    private static final int CHECK_EVERY = 256;

    private final Query in;
    private final long deadlineNanos;

    DeadlineQuery(Query in, long deadlineNanos) {
        this.in = in;
        this.deadlineNanos = deadlineNanos;
    }

    private void check() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new Exceeded();
        }
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        check();
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new DeadlineQuery(rewritten, deadlineNanos);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        return new Weight(this) {
            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                return inner.explain(context, doc);
            }

            @Override
            public Matches matches(LeafReaderContext context, int doc) throws IOException {
                return inner.matches(context, doc);
            }

            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                check();
                Scorer scorer = inner.scorer(context);
                return scorer == null ? null : new DeadlineScorer(this, scorer);
            }

            /**
             * The inner query's own bulk scorer (for a disjunction, Lucene's windowed one, several
             * times faster than iterating a scorer document by document) run in windows of
             * documents, with a look at the clock between windows.
             */
            @Override
            public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
                check();
                BulkScorer bulk = inner.bulkScorer(context);
                return bulk == null ? null : new DeadlineBulkScorer(bulk);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    private final class DeadlineBulkScorer extends BulkScorer {
        private static final int WINDOW = 1 << 13;
        private final BulkScorer in;

        DeadlineBulkScorer(BulkScorer in) {
            this.in = in;
        }

        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
            int next = min;
            while (next < max) {
                int windowEnd = (int) Math.min((long) next + WINDOW, max);
                next = in.score(collector, acceptDocs, next, windowEnd);
                check();
            }
            return next;
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }

    private final class DeadlineScorer extends Scorer {
        private final Scorer in;
        private final DocIdSetIterator iterator;
        private final TwoPhaseIterator twoPhase;

        DeadlineScorer(Weight weight, Scorer in) {
            super(weight);
            this.in = in;
            TwoPhaseIterator inTwoPhase = in.twoPhaseIterator();
            if (inTwoPhase == null) {
                this.twoPhase = null;
                this.iterator = checking(in.iterator());
            } else {
                DocIdSetIterator approximation = checking(inTwoPhase.approximation());
                this.twoPhase = new TwoPhaseIterator(approximation) {
                    @Override
                    public boolean matches() throws IOException {
                        return inTwoPhase.matches();
                    }

                    @Override
                    public float matchCost() {
                        return inTwoPhase.matchCost();
                    }
                };
                this.iterator = TwoPhaseIterator.asDocIdSetIterator(twoPhase);
            }
        }

        @Override
        public DocIdSetIterator iterator() {
            return iterator;
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo);
        }

        @Override
        public float score() throws IOException {
            return in.score();
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(minScore);
        }
    }

    private DocIdSetIterator checking(DocIdSetIterator in) {
        return new DocIdSetIterator() {
            private int calls;

            private void tick() {
                if (++calls % CHECK_EVERY == 0) {
                    check();
                }
            }

            @Override
            public int docID() {
                return in.docID();
            }

            @Override
            public int nextDoc() throws IOException {
                tick();
                return in.nextDoc();
            }

            @Override
            public int advance(int target) throws IOException {
                tick();
                return in.advance(target);
            }

            @Override
            public long cost() {
                return in.cost();
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return "deadline(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && in.equals(((DeadlineQuery) other).in)
                && deadlineNanos == ((DeadlineQuery) other).deadlineNanos;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, deadlineNanos);
    }
}
