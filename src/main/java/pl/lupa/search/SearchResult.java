package pl.lupa.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search, shaped as the {@code /api/search} JSON.
 *
 * @param total    the articles holding every word (when none does, those of the partial matches)
 * @param relaxed  no article holds every word, so the list is of partial matches only
 * @param partialTotal after the {@code total} full matches the list goes on with this many partial
 *                 matches (articles lacking some words; each hit says which): null when it does not
 * @param help     what the search says about the query (did you mean, corrected words, companies
 *                 it names); its fields are the result's own in the JSON
 * @param timedOut the search ran past its time budget and was stopped: no hits, no counts
 * @param totalRelation {@code eq} when {@code total} is exact, {@code gte} when it is a lower
 *                 bound (a search without facets stops counting past
 *                 {@link SearchRequest#EXACT_TOTAL_UP_TO})
 * @param timeline the matches per period, asked for with {@code timeline}; null (left out) otherwise
 */
public record SearchResult(
        String query,
        long total,
        String totalRelation,
        long tookMs,
        int page,
        int size,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        boolean relaxed,
        boolean timedOut,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long partialTotal,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelinePoint> timeline,
        @JsonUnwrapped QueryHelp help) {

    public SearchResult {
        hits = List.copyOf(hits);
        help = help == null ? QueryHelp.NONE : help;
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        timeline = timeline == null ? null : List.copyOf(timeline);
    }

    /** A result without a timeline or help with the query. */
    public SearchResult(
            String query,
            long total,
            String totalRelation,
            long tookMs,
            int page,
            int size,
            List<Hit> hits,
            Map<String, List<FacetValue>> facets,
            boolean relaxed,
            boolean timedOut,
            Long partialTotal) {
        this(
                query,
                total,
                totalRelation,
                tookMs,
                page,
                size,
                hits,
                facets,
                relaxed,
                timedOut,
                partialTotal,
                null,
                QueryHelp.NONE);
    }

    /** The answer of a search stopped past its time budget: no hits, no counts. */
    static SearchResult timedOut(SearchRequest request, long tookMs) {
        return new SearchResult(
                request.query(),
                0,
                "gte",
                tookMs,
                request.page(),
                request.size(),
                List.of(),
                FacetPresenter.none(),
                false,
                true,
                null,
                null,
                QueryHelp.NONE);
    }

    /** The same result with the matches per period. */
    SearchResult withTimeline(List<TimelinePoint> periods) {
        return new SearchResult(
                query,
                total,
                totalRelation,
                tookMs,
                page,
                size,
                hits,
                facets,
                relaxed,
                timedOut,
                partialTotal,
                periods,
                help);
    }

    SearchResult withHelp(QueryHelp help) {
        return new SearchResult(
                query,
                total,
                totalRelation,
                tookMs,
                page,
                size,
                hits,
                facets,
                relaxed,
                timedOut,
                partialTotal,
                timeline,
                help);
    }
}
