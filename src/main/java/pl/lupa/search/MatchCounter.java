package pl.lupa.search;

import java.io.IOException;
import java.util.HashMap;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import pl.lupa.index.ArticleSchema;

/**
 * Runs a query under a request's filters and finds, in one call, its top hits, its number of
 * matches and the facet counts of every dimension. This is where a facet value's count is
 * computed; {@link ComplementCounts} is the one other file involved.
 *
 * <p>Facets are multi-select ({@link DrillSideways}): a dimension is counted as if its own filter
 * were off; filters of different dimensions AND, values of one dimension OR. Which way the
 * counting goes is decided here, by what the request needs:
 *
 * <ul>
 *   <li>no facets asked for (or none in the index yet): the top hits alone, which may stop
 *       counting past {@link SearchRequest#EXACT_TOTAL_UP_TO} matches;
 *   <li>one plain word, no filters, by relevance: two passes, block-max WAND for the top hits
 *       and a count of every match without scores;
 *   <li>otherwise one drill-sideways pass collecting hits and counts together.
 * </ul>
 *
 * In every case a query matching most of the index is counted from the articles it missed
 * ({@link ComplementCounts}).
 */
final class MatchCounter {

    /** The top hits, the facet counts (null when not counted) and the number of matches (exact, or a lower bound). */
    record Matches(TopDocs hits, Facets facets, long total, boolean exact) {}

    private final FacetsConfig facetsConfig = ArticleSchema.facetsConfig();

    /**
     * @param topN    how many top hits to keep
     * @param oneWord the query is one plain word, on which block-max WAND skips well
     */
    Matches run(ReaderSearcher searcher, SearchRequest request, Query query, int topN, boolean oneWord)
            throws IOException {
        DrillDownQuery drill = filtered(request, query);
        Sort sort = sort(request.effectiveSort());
        if (!request.facets() || searcher.facetState == null) {
            TopDocs hits = sort == null ? searcher.search(drill, topN) : searcher.search(drill, topN, sort, true);
            if (!request.facets()) {
                boolean exact = hits.totalHits.relation == TotalHits.Relation.EQUAL_TO;
                return new Matches(hits, null, hits.totalHits.value, exact);
            }
            return new Matches(hits, null, searcher.count(drill), true); // facets asked for: the total is exact
        }
        boolean drillsDown = drill.getDrillDownQueries().length > 0;
        if (oneWord && !drillsDown && sort == null) {
            // Scoring every match costs far more than finding it. On one word, block-max WAND finds
            // the top hits skipping what cannot compete, and the facet counts visit every match
            // without scores: two passes, together faster than one scoring pass (a common word:
            // about 5 ms → 3 ms). On several words or alternatives WAND skipped too little to pay.
            TopDocs hits = searcher.search(drill, topN);
            FacetsCollector matches = searcher.search(drill, new FacetsCollectorManager());
            return new Matches(hits, counts(searcher, matches), ComplementCounts.matched(matches), true);
        }
        var result = drillSideways(searcher).search(drill, null, null, topN, sort, true);
        return new Matches(result.hits, result.facets, totalHits(result), true);
    }

    /** The query under the request's filters: dollar range as a filter, the rest as drill-downs. */
    private DrillDownQuery filtered(SearchRequest request, Query query) {
        var base = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (request.usdMin() != null || request.usdMax() != null) {
            long min = request.usdMin() != null ? request.usdMin() : Long.MIN_VALUE;
            long max = request.usdMax() != null ? request.usdMax() : Long.MAX_VALUE;
            base.add(LongField.newRangeQuery(ArticleSchema.USD, min, max), Occur.FILTER);
        }
        if (request.companyMode() == SearchRequest.CompanyMode.ALL) {
            // Every company required: plain filters, so the company counts say what adding a
            // company would leave (drill down), not what swapping one would (drill sideways).
            String field = facetsConfig.getDimConfig(ArticleSchema.DIM_COMPANY).indexFieldName;
            for (String company : request.companies()) {
                base.add(new TermQuery(DrillDownQuery.term(field, ArticleSchema.DIM_COMPANY, company)), Occur.FILTER);
            }
        }
        var drill = new DrillDownQuery(facetsConfig, base.build());
        if (request.companyMode() == SearchRequest.CompanyMode.ANY) {
            for (String company : request.companies()) {
                drill.add(ArticleSchema.DIM_COMPANY, company);
            }
        }
        for (String bucket : request.usdBuckets()) {
            drill.add(ArticleSchema.DIM_USD, bucket);
        }
        if (request.from() != null || request.to() != null) {
            // The date range filters the year dimension: years are counted as if it were off
            // (pick another year), months within it (the months of the chosen range).
            long from = request.from() != null ? request.from().toEpochDay() : Long.MIN_VALUE;
            long to = request.to() != null ? request.to().toEpochDay() : Long.MAX_VALUE;
            drill.add(ArticleSchema.DIM_YEAR, LongField.newRangeQuery(ArticleSchema.DATE, from, to));
        }
        return drill;
    }

    /** Drill sideways whose counts come from the smaller side of each query's matches. */
    private DrillSideways drillSideways(ReaderSearcher reader) {
        // (DrillSideways has a field of its own named searcher)
        return new DrillSideways(reader, facetsConfig, reader.facetState) {
            @Override
            protected Facets buildFacetsResult(
                    FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims) throws IOException {
                Facets down = counts(reader, drillDowns);
                if (drillSideways == null || drillSideways.length == 0) {
                    return down;
                }
                var sideways = new HashMap<String, Facets>();
                for (int i = 0; i < drillSideways.length; i++) {
                    sideways.put(dims[i], counts(reader, drillSideways[i]));
                }
                return new MultiFacets(sideways, down);
            }
        };
    }

    /** The facet counts of a query's matches. */
    static Facets counts(ReaderSearcher searcher, FacetsCollector matches) throws IOException {
        return ComplementCounts.count(searcher.facetState, matches, searcher.getIndexReader(), searcher::allCounts);
    }

    private static long totalHits(DrillSideways.DrillSidewaysResult result) {
        TotalHits total = result.hits.totalHits;
        if (total.relation == TotalHits.Relation.EQUAL_TO || result.drillDownFacetsCollector == null) {
            return total.value;
        }
        // Top-docs collectors stop counting early; the facets collector saw every match.
        return ComplementCounts.matched(result.drillDownFacetsCollector);
    }

    /** The order of a sort other than by relevance; null for relevance. */
    private static Sort sort(SearchRequest.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> null;
            case DATE -> new Sort(byDate(true), SortField.FIELD_SCORE);
            case DATE_ASC -> new Sort(byDate(false), SortField.FIELD_SCORE);
            case USD -> {
                // the article's largest sum; articles without one come last
                var byUsd = new SortedNumericSortField(
                        ArticleSchema.USD, SortField.Type.LONG, true, SortedNumericSelector.Type.MAX);
                byUsd.setMissingValue(Long.MIN_VALUE);
                yield new Sort(byUsd, byDate(true));
            }
        };
    }

    /** Articles without a date come last either way. */
    private static SortField byDate(boolean newestFirst) {
        var byDate = new SortedNumericSortField(ArticleSchema.DATE, SortField.Type.LONG, newestFirst);
        byDate.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return byDate;
    }
}
