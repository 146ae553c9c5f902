package pl.lupa.search;

import java.util.List;

/** The articles related to one: {@code /api/documents/{id}/related}. */
public record Related(String id, List<Article> hits) {

    public Related {
        hits = List.copyOf(hits);
    }

    /** A related article; {@code score} orders them and means nothing across articles. */
    public record Article(String id, String title, String date, String source, List<String> companies, Float score) {

        public Article {
            companies = List.copyOf(companies);
        }
    }
}
