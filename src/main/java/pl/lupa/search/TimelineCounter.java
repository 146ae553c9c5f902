package pl.lupa.search;

import java.io.IOException;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.Query;
import pl.lupa.index.ArticleSchema;

/**
 * The matches of a search per month or year, every period from the first match to the last with
 * the empty ones as zeros. Counted under every filter but the date range, as a drill-sideways
 * dimension is: the timeline shows where else in time the matches lie, so a reader can move the
 * range. The counts are the month (or year) facet's of the same search without dates.
 */
final class TimelineCounter {

    private TimelineCounter() {}

    /**
     * @param query the query whose matches the search counts (its full or its partial matches)
     */
    static List<TimelinePoint> count(ReaderSearcher searcher, MatchCounter counter, SearchRequest request, Query query)
            throws IOException {
        var undated = request.toBuilder()
                .from(null)
                .to(null)
                .facets(true)
                .sort(SearchRequest.Sort.RELEVANCE)
                .build();
        var matches = counter.run(searcher, undated, query, 1, false);
        if (matches.facets() == null) {
            return List.of();
        }
        String dim =
                request.timeline() == SearchRequest.Timeline.YEAR ? ArticleSchema.DIM_YEAR : ArticleSchema.DIM_MONTH;
        FacetResult counted;
        try {
            counted = matches.facets().getAllChildren(dim);
        } catch (IllegalArgumentException notIndexed) {
            return List.of(); // no article has a date yet
        }
        var byPeriod = new TreeMap<String, Long>();
        if (counted != null) {
            for (LabelAndValue lv : counted.labelValues) {
                if (lv.value.longValue() > 0) {
                    byPeriod.put(lv.label, lv.value.longValue());
                }
            }
        }
        if (byPeriod.isEmpty()) {
            return List.of();
        }
        return points(request.timeline(), byPeriod);
    }

    /** Every period from the first to the last with matches, those without any at 0. */
    static List<TimelinePoint> points(SearchRequest.Timeline unit, TreeMap<String, Long> byPeriod) {
        if (byPeriod.isEmpty()) {
            return List.of();
        }
        return unit == SearchRequest.Timeline.YEAR ? years(byPeriod) : months(byPeriod);
    }

    private static List<TimelinePoint> months(TreeMap<String, Long> counts) {
        var out = new ArrayList<TimelinePoint>();
        YearMonth last = YearMonth.parse(counts.lastKey());
        for (var m = YearMonth.parse(counts.firstKey()); !m.isAfter(last); m = m.plusMonths(1)) {
            String key = ArticleSchema.monthKey(m.atDay(1));
            out.add(new TimelinePoint(key, counts.getOrDefault(key, 0L)));
        }
        return out;
    }

    private static List<TimelinePoint> years(TreeMap<String, Long> counts) {
        var out = new ArrayList<TimelinePoint>();
        int last = Year.parse(counts.lastKey()).getValue();
        for (int y = Year.parse(counts.firstKey()).getValue(); y <= last; y++) {
            String key = String.valueOf(y);
            out.add(new TimelinePoint(key, counts.getOrDefault(key, 0L)));
        }
        return out;
    }
}
