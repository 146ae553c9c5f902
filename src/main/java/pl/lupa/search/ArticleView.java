package pl.lupa.search;

import java.util.List;
import pl.lupa.extract.Amount;
import pl.lupa.extract.DateMention;

/** An indexed article in full, shaped as {@code lupa extract} prints it, plus its id and origin. */
public record ArticleView(
        String id, String title, String date, String author, String url, String source, String body,
        List<String> companies, List<Amount> amounts, List<DateMention> dates) {
}
