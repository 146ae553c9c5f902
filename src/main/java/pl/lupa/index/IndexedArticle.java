package pl.lupa.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An article with what extraction found and the hashes that make indexing incremental: the
 * input of {@link ArticleSchema#document}.
 *
 * <p>{@code formerNames}: for a renamed company the article names by a former name, that name.
 * {@code discovered}: the companies among {@code companies} that discovery found, with the
 * evidence. {@code usdAmounts} are the article's US-dollar sums in whole dollars, rounded down; prices
 * and rates per unit ("54,20 dolara za akcję") are not among them.
 */
public record IndexedArticle(
        String id,
        String file,
        String fileHash,
        String contentHash,
        String title,
        LocalDate date,
        String url,
        String source,
        String author,
        String body,
        List<String> companies,
        Map<String, String> formerNames,
        Map<String, String> discovered,
        List<Long> usdAmounts,
        String entitiesJson) {

    public IndexedArticle {
        companies = List.copyOf(companies);
        formerNames = Map.copyOf(formerNames);
        discovered = Map.copyOf(discovered);
        usdAmounts = List.copyOf(usdAmounts);
    }
}
