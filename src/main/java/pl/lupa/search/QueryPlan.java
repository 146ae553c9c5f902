package pl.lupa.search;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The Lucene queries one query text becomes ({@link QueryBuilder}).
 *
 * @param strict    every word required
 * @param relaxed   all words but one required, or null for a single word
 * @param proximity the words near each other, in order: applied to the top hits only
 *                  ({@link QueryBuilder#RESCORE_DEPTH}), as evaluating a sloppy phrase on every
 *                  match was the largest cost of a faceted search; null for fewer than two words
 * @param oneWord   the query is one plain word (exclusions aside): block-max WAND skips well on
 *                  it, and not on several words, alternatives or a phrase
 */
record QueryPlan(Query strict, Query relaxed, Query proximity, boolean oneWord) {

    /** No query text: every article. */
    static final QueryPlan ALL = new QueryPlan(new MatchAllDocsQuery(), null, null, false);

    QueryPlan(Query strict, Query relaxed, Query proximity) {
        this(strict, relaxed, proximity, false);
    }
}
