package pl.lupa.search;

import java.util.Optional;
import org.apache.lucene.search.Query;
import pl.lupa.analysis.QueryExpander;

/**
 * The Lucene queries Lupa's search makes of a query text, for searchers outside this package
 * (Solr's {@code lupa} query parser): the same {@link QueryBuilder} the embedded search uses, so
 * they follow every change to it. {@code LupaQueriesTest} pins that they equal the builder's.
 */
public final class LupaQueries {

    /** The number of top hits the proximity query reorders, as {@link LupaSearcher} does. */
    public static final int RESCORE_DEPTH = QueryBuilder.RESCORE_DEPTH;

    /**
     * What one query text becomes.
     *
     * @param strict    every word required; the query that ranks the hits
     * @param relaxed   all words but one, searched when {@code strict} finds nothing; empty for
     *                  a single clause
     * @param proximity the words near each other, in order: its score is added to the top
     *                  {@link #RESCORE_DEPTH} hits; empty for fewer than two words
     */
    public record Plan(Query strict, Optional<Query> relaxed, Optional<Query> proximity) {}

    private LupaQueries() {}

    /**
     * @param expander the caller's expander (thread-safe; it holds per-thread dictionary state,
     *                 so one per searcher rather than one per query)
     * @throws BadParameterException when the text has more words than a query may hold
     */
    public static Plan plan(QueryExpander expander, String text) {
        QueryPlan plan = new QueryBuilder(expander).build(text);
        return new Plan(plan.strict(), Optional.ofNullable(plan.relaxed()), Optional.ofNullable(plan.proximity()));
    }
}
