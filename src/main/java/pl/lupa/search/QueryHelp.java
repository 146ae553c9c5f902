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

    /** A better spelling of the query and the number of articles holding all its words. */
    public record DidYouMean(String q, long total) {}
}
