package pl.lupa.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One cleaned news article, as ingest makes it from a source file. This is not a Lucene
 * document: extraction and indexing turn it into one.
 *
 * @param id     stable id: the path relative to the docs root ({@code 2024/a.md}), or
 *               {@code <file>#<record id>} for a JSON Lines record
 * @param title  never blank
 * @param date   publication date, null when unknown
 * @param url    null when unknown
 * @param source outlet name, null when unknown
 * @param author null when unknown
 * @param body   cleaned plain text, paragraphs separated by a blank line, never blank
 */
public record Article(String id, String title, LocalDate date, String url, String source, String author, String body) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }

    /** Title and body as one text: what extraction reads, so a company named only in the title counts. */
    public String text() {
        return title + "\n\n" + body;
    }
}
