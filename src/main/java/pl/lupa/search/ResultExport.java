package pl.lupa.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Every match of a search, in the search's order, as plain hits (no snippets): for exports and
 * feeds, which want all of a search rather than a page of it. The matches are found as
 * {@link LupaSearcher#search} finds them (the articles holding every word, or the partial matches
 * when none does; the proximity boost by relevance), then their stored fields are read a batch at
 * a time and handed to a sink, so a large export is written while it is read.
 */
final class ResultExport {

    /** Stored fields are read this many hits at a time. */
    private static final int BATCH = 100;

    private final QueryBuilder queryBuilder;
    private final MatchCounter matchCounter;
    private final HitBuilder hitBuilder;
    private final RankingConfig config;

    ResultExport(QueryBuilder queryBuilder, MatchCounter matchCounter, HitBuilder hitBuilder, RankingConfig config) {
        this.queryBuilder = queryBuilder;
        this.matchCounter = matchCounter;
        this.hitBuilder = hitBuilder;
        this.config = config;
    }

    /**
     * Checks the request against the index (company names) before anything is handed to the sink,
     * so a bad parameter is still a clean error.
     *
     * @return how many hits the sink received
     */
    long export(ReaderSearcher searcher, SearchRequest asked, int limit, HitSink sink) throws IOException {
        SearchRequest request = searcher.companyNames().resolve(asked).toBuilder()
                .facets(false)
                .snippets(false)
                .timeline(null)
                .build();
        QueryPlan plan =
                request.query().isEmpty() ? QueryPlan.ALL : queryBuilder.build(request.query(), searcher.vocabulary());
        boolean byRelevance = request.effectiveSort() == SearchRequest.Sort.RELEVANCE;
        ScoreDoc[] ranked = matchCounter
                .run(searcher, request, plan.strict(), limit, plan.oneWord())
                .hits()
                .scoreDocs;
        if (ranked.length == 0) {
            var relaxed = PartialMatches.plan(plan, searcher, config, false);
            if (relaxed.isPresent()) {
                ScoreDoc[] partial = matchCounter
                        .run(searcher, request, relaxed.get().query(), limit, false)
                        .hits()
                        .scoreDocs;
                ranked = PartialMatches.rank(searcher, partial, relaxed.get()).hits();
            }
        } else if (plan.proximity() != null && byRelevance && ranked.length > 1) {
            ranked = ProximityRescorer.rescore(searcher, ranked, plan.proximity());
        }
        long sent = 0;
        for (int from = 0; from < ranked.length; from += BATCH) {
            List<ScoreDoc> batch = Arrays.asList(ranked).subList(from, Math.min(from + BATCH, ranked.length));
            for (Hit hit : hitBuilder.hits(searcher, request, null, batch, Map.of())) {
                sink.accept(hit);
                sent++;
            }
        }
        return sent;
    }
}
