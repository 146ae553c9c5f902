package pl.lupa.search;

import java.util.List;
import pl.lupa.extract.Amount;
import pl.lupa.extract.DateMention;

/**
 * An indexed article in full, shaped as {@code lupa extract} prints it, plus its id and origin.
 *
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
        List<Amount> amounts,
        List<DateMention> dates,
        List<String> matched) {

    public ArticleView {
        matched = List.copyOf(matched);
    }
}
