package pl.lupa.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One completion of a typed prefix.
 *
 * @param text  what to put in the search box, as the index writes it
 * @param kind  {@code company}, {@code phrase} (from titles) or {@code word}
 * @param count the company's articles; null for phrases and words
 */
public record Suggestion(
        String text,
        String kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer count) {

    static final String COMPANY = "company";
    static final String PHRASE = "phrase";
    static final String WORD = "word";
}
