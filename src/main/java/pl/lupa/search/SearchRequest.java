package pl.lupa.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated search: what {@code /api/search} and {@code lupa search} accept.
 *
 * @param query      the user's query text; empty means every document, newest first
 * @param companies  canonical company names; documents mentioning any of them
 * @param from       first publication day, inclusive, or null
 * @param to         last publication day, inclusive, or null
 * @param usdMin     smallest dollar amount, inclusive, or null
 * @param usdMax     largest dollar amount, inclusive, or null
 * @param usdBuckets bucket keys; documents with an amount in any of them
 * @param sort       null for the default: relevance with a query, date without
 * @param facets     count the facets; without them the total is exact only up to
 *                   {@link #EXACT_TOTAL_UP_TO} and the top hits need not visit every match
 * @param snippets   highlight the hits' text; without, {@code snippets} is empty and the title
 *                   is plain (escaped) text
 */
public record SearchRequest(
        String query, List<String> companies, LocalDate from, LocalDate to, Long usdMin, Long usdMax,
        List<String> usdBuckets, Sort sort, int page, int size, int facetSize, boolean facets, boolean snippets) {

    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_SIZE = 100;
    public static final int MAX_FACET_SIZE = 200;
    /** Deepest hit a page may reach: deeper pages cost more than they are worth. */
    public static final int MAX_DEPTH = 10_000;
    /** Without facets, matches are counted exactly up to this many; past it the total is a lower bound. */
    public static final int EXACT_TOTAL_UP_TO = 1_000;

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        companies = List.copyOf(companies);
        usdBuckets = List.copyOf(usdBuckets);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), null, null, null, null, List.of(), null, 1, 10, 10, true, true);
    }

    public Sort effectiveSort() {
        return sort != null ? sort : query.isEmpty() ? Sort.DATE : Sort.RELEVANCE;
    }
}
