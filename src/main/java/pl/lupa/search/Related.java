package pl.lupa.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The articles related to one: {@code /api/documents/{id}/related}. */
public record Related(String id, List<Article> hits) {

    public Related {
        hits = List.copyOf(hits);
    }

    /**
     * A related article; {@code score} orders them and means nothing across articles.
     *
     * @param sameStory  it tells the same story as the article (a near-duplicate: another outlet's
     *                   report of the same news); left out when false
     * @param duplicates lower related articles telling the same story as this one, folded into it;
     *                   left out when empty
     */
    public record Article(
            String id,
            String title,
            String date,
            String source,
            List<String> companies,
            Float score,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean sameStory,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> duplicates) {

        public Article {
            companies = List.copyOf(companies);
            duplicates = List.copyOf(duplicates);
        }
    }
}
