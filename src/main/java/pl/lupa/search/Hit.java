package pl.lupa.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One result. {@code titleHighlighted} and {@code snippets} are HTML-escaped text whose only
 * markup is {@code <mark>}; everything else is plain text.
 *
 * @param amountsUsd the article's US-dollar sums, exact ({@code 2000000000}, {@code 19.99}); prices
 *                   and rates per unit ("54,20 dolara za akcję") are left out, as in the dollar facet
 * @param formerNames for a renamed company the article names as it was called then, its
 *                   canonical name (in {@code companies}) and that name; left out of the JSON
 *                   when empty
 * @param score      null when the results are sorted by date
 * @param missing    the query's words this article lacks (it is a partial match); empty, and left
 *                   out of the JSON, when it holds them all
 * @param duplicates the ids of lower hits of the page that tell the same story (near-duplicates),
 *                   folded into this one; empty, and left out of the JSON, for most hits
 */
public record Hit(
        String id,
        String title,
        String titleHighlighted,
        String date,
        String url,
        String source,
        String author,
        List<String> snippets,
        List<String> companies,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> formerNames,
        List<BigDecimal> amountsUsd,
        Float score,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missing,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> duplicates) {

    public Hit {
        snippets = List.copyOf(snippets);
        companies = List.copyOf(companies);
        formerNames = Map.copyOf(formerNames);
        amountsUsd = List.copyOf(amountsUsd);
        missing = List.copyOf(missing);
        duplicates = List.copyOf(duplicates);
    }

    /** A hit with no near-duplicates folded into it. */
    public Hit(
            String id,
            String title,
            String titleHighlighted,
            String date,
            String url,
            String source,
            String author,
            List<String> snippets,
            List<String> companies,
            Map<String, String> formerNames,
            List<BigDecimal> amountsUsd,
            Float score,
            List<String> missing) {
        this(
                id,
                title,
                titleHighlighted,
                date,
                url,
                source,
                author,
                snippets,
                companies,
                formerNames,
                amountsUsd,
                score,
                missing,
                List.of());
    }

    /** The same hit with these near-duplicates folded into it. */
    Hit withDuplicates(List<String> ids) {
        return new Hit(
                id,
                title,
                titleHighlighted,
                date,
                url,
                source,
                author,
                snippets,
                companies,
                formerNames,
                amountsUsd,
                score,
                missing,
                ids);
    }
}
