package pl.lupa.search;

import java.util.List;

/**
 * One result. {@code titleHighlighted} and {@code snippets} are HTML-escaped text whose only
 * markup is {@code <mark>}; everything else is plain text.
 *
 * @param score null when the results are sorted by date
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
        List<Long> amountsUsd,
        Float score) {

    public Hit {
        snippets = List.copyOf(snippets);
        companies = List.copyOf(companies);
        amountsUsd = List.copyOf(amountsUsd);
    }
}
