package pl.lupa.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import pl.lupa.extract.Amount;
import pl.lupa.extract.DateMention;

/**
 * An indexed article in full, shaped as {@code lupa extract} prints it, plus its id and origin.
 *
 * @param formerNames for a renamed company the article names as it was called then, that name
 *                    (as in {@code lupa extract}); left out of the JSON when empty
 * @param matched the distinct written forms in title and body that a query matched (every
 *                inflected form, not only those of the search snippets); empty without a query
 */
public record ArticleView(
        String id,
        String title,
        String date,
        String author,
        String url,
        String source,
        String body,
        List<String> companies,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> formerNames,
        List<Amount> amounts,
        List<DateMention> dates,
        List<String> matched) {

    public ArticleView {
        formerNames = Map.copyOf(formerNames);
        matched = List.copyOf(matched);
    }
}
