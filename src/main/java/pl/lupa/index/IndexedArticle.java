package pl.lupa.index;

import java.time.LocalDate;
import java.util.List;

/**
 * An article with what extraction found and the hashes that make indexing incremental: the
 * input of {@link ArticleSchema#document}.
 *
 * <p>{@code usdAmounts} are the article's US-dollar sums in whole dollars, rounded down; prices
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
        List<Long> usdAmounts,
        String entitiesJson) {

    public IndexedArticle {
        companies = List.copyOf(companies);
        usdAmounts = List.copyOf(usdAmounts);
    }
}
