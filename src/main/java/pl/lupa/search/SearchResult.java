package pl.lupa.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search, shaped as the {@code /api/search} JSON.
 *
 * @param relaxed  every word was required and nothing matched, so the documents matching all but
 *                 one of the words are shown instead
 * @param timedOut the search hit its time budget; the hits and counts are partial
 * @param totalRelation {@code eq} when {@code total} is exact, {@code gte} when it is a lower
 *                 bound (a search without facets stops counting past
 *                 {@link SearchRequest#EXACT_TOTAL_UP_TO})
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
        boolean timedOut) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
