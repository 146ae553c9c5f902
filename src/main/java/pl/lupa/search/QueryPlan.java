package pl.lupa.search;

import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The Lucene queries one query text becomes ({@link QueryBuilder}).
 *
 * @param strict    every word, phrase and alternative required, exclusions applied
 * @param words     the plain words, each with its own query: what a partial match may lack
 * @param fixed     the phrases and OR-groups: explicit syntax, always required
 * @param excluded  the exclusions: always applied
 * @param proximity the words near each other, in order: applied to the top hits only
 *                  ({@link QueryBuilder#RESCORE_DEPTH}), as evaluating a sloppy phrase on every
 *                  match was the largest cost of a faceted search; null for fewer than two words
 * @param oneWord   the query is one plain word (exclusions aside): block-max WAND skips well on
 *                  it, and not on several words, alternatives or a phrase
 */
record QueryPlan(
        Query strict, List<Word> words, List<Query> fixed, List<Query> excluded, Query proximity, boolean oneWord) {

    /** A plain word of the query: as typed, its query, and the lemma terms that say how rare it is. */
    record Word(String text, Query query, List<String> terms) {}

    /** No query text: every article. */
    static final QueryPlan ALL = new QueryPlan(new MatchAllDocsQuery(), List.of(), List.of(), List.of(), null, false);

    QueryPlan {
        words = List.copyOf(words);
        fixed = List.copyOf(fixed);
        excluded = List.copyOf(excluded);
    }

    /** A plan of one query with nothing to relax. */
    static QueryPlan of(Query strict) {
        return new QueryPlan(strict, List.of(), List.of(), List.of(), null, false);
    }

    /** Whether some article may match in part: there is a plain word to leave out, and something else to keep. */
    boolean relaxable() {
        return !words.isEmpty() && words.size() + fixed.size() >= 2;
    }
}
