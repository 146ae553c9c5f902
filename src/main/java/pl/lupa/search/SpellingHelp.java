package pl.lupa.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What a search says about the query's spelling, each part only when it applies (the JSON of
 * {@code /api/search} holds its fields among its own).
 *
 * @param didYouMean     the query with its unknown words corrected, and how many articles it finds
 * @param corrected      true when unknown words were also searched through their corrections
 * @param correctedWords each such word as typed, with its correction
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpellingHelp(DidYouMean didYouMean, Boolean corrected, Map<String, String> correctedWords) {

    static final SpellingHelp NONE = new SpellingHelp(null, null, null);

    public SpellingHelp {
        correctedWords = correctedWords == null
                ? null
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(correctedWords));
    }

    /** A better spelling of the query and the number of articles holding all its words. */
    public record DidYouMean(String q, long total) {}
}
