package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.analysis.Vocabulary;

/**
 * The Lucene queries Lupa's search makes of a query text, for searchers outside this package
 * (Solr's {@code lupa} query parser): the same {@link QueryBuilder} and {@link PartialMatches}
 * the embedded search uses, so they follow every change to them. {@code LupaQueriesTest} pins that
 * they equal the builder's.
 */
public final class LupaQueries {

    /** The number of top hits the proximity query reorders, as {@link LupaSearcher} does. */
    public static final int RESCORE_DEPTH = QueryBuilder.RESCORE_DEPTH;

    /**
     * What one query text becomes.
     *
     * @param strict    every word required; the query of the full matches
     * @param partial   the articles holding only some of the words, scored by the words they hold
     *                  (see {@link PartialMatches}); listed after the full matches, or alone when
     *                  there are none; empty when nothing can be left out, or without an index
     * @param proximity the words near each other, in order: its score is added to the top
     *                  {@link #RESCORE_DEPTH} hits; empty for fewer than two words
     */
    public record Plan(Query strict, Optional<Query> partial, Optional<Query> proximity) {}

    private LupaQueries() {}

    /** The plan without an index to consult: no derived nouns or spelling variants, no partial query. */
    public static Plan plan(QueryExpander expander, String text) {
        return plan(expander, text, null);
    }

    /**
     * @param expander the caller's expander (thread-safe; it holds per-thread dictionary state,
     *                 so one per searcher rather than one per query)
     * @param searcher the index the queries will run on, for the choices that depend on the
     *                 collection (derived nouns, spelling variants, the rarest word); null for none
     * @throws BadParameterException when the text has more words than a query may hold
     */
    public static Plan plan(QueryExpander expander, String text, IndexSearcher searcher) {
        return plan(expander, text, searcher, null);
    }

    /**
     * @param rarestWord the partial query's rarest word as counted over the whole collection
     *                   (as {@link SolrSearcher} counts it), when {@code searcher} holds only a shard of it; null
     *                   to count in {@code searcher}
     */
    public static Plan plan(QueryExpander expander, String text, IndexSearcher searcher, Integer rarestWord) {
        Vocabulary vocabulary = searcher == null ? Vocabulary.ANY : BodyVocabulary.of(searcher.getIndexReader());
        QueryPlan plan = new QueryBuilder(expander).build(text, vocabulary);
        Optional<Query> partial = Optional.empty();
        if (searcher != null) {
            try {
                partial = PartialMatches.plan(plan, searcher, RankingConfig.DEFAULT, true, rarestWord)
                        .map(PartialMatches.Plan::query);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the index's terms failed", e);
            }
        }
        return new Plan(plan.strict(), partial, Optional.ofNullable(plan.proximity()));
    }
}
