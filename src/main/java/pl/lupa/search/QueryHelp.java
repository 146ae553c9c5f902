package pl.lupa.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a search says about the query itself, each part only when it applies (the JSON of
 * {@code /api/search} holds its fields among its own).
 *
 * @param didYouMean     the query with its unknown words corrected, and how many articles it finds
 * @param corrected      true when unknown words were also searched through their corrections
 * @param correctedWords each such word as typed, with its correction
 * @param namedCompanies companies the query names ({@code open ai} → OpenAI) that no company
 *                       filter holds yet: the page offers them as filters
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryHelp(
        DidYouMean didYouMean, Boolean corrected, Map<String, String> correctedWords, List<String> namedCompanies) {

    static final QueryHelp NONE = new QueryHelp(null, null, null, null);

    public QueryHelp {
        namedCompanies = namedCompanies == null || namedCompanies.isEmpty() ? null : List.copyOf(namedCompanies);
        correctedWords = correctedWords == null
                ? null
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(correctedWords));
    }

    /** How many articles a request matches, as the backend giving the help counts them. */
    interface Counter {
        long total(SearchRequest request) throws java.io.IOException;
    }

    /**
     * A result with what the search did about unknown words, the query they spell when corrected
     * (offered when it finds something), and the companies the query names that no filter holds.
     *
     * @param corrections the typed words corrected, each with its correction
     * @param tolerant    whether the corrected words were also searched through their corrections
     */
    static SearchResult addTo(
            SearchResult result,
            SearchRequest request,
            Map<String, String> corrections,
            boolean tolerant,
            List<String> namedCompanies,
            Counter counter)
            throws java.io.IOException {
        var offered = namedCompanies.stream()
                .filter(c -> !request.companies().contains(c))
                .toList();
        if ((corrections.isEmpty() && offered.isEmpty()) || result.timedOut()) {
            return result;
        }
        DidYouMean didYouMean = null;
        if (!corrections.isEmpty()) {
            String better = Speller.apply(request.query(), corrections);
            long found = counter.total(request.countOf(better));
            didYouMean = found > 0 ? new DidYouMean(better, found) : null;
        }
        return result.withHelp(
                new QueryHelp(didYouMean, tolerant ? Boolean.TRUE : null, tolerant ? corrections : null, offered));
    }

    /** A better spelling of the query and the number of articles holding all its words. */
    public record DidYouMean(String q, long total) {}
}
