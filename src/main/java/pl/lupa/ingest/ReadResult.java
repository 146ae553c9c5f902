package pl.lupa.ingest;

import java.util.List;

/**
 * What one source file yielded: its articles, the records of it that were skipped (JSON Lines),
 * and warnings about articles kept with a missing value (e.g. a date that did not parse).
 */
public record ReadResult(List<Article> articles, List<Skip> skips, List<String> warnings) {

    public ReadResult {
        articles = List.copyOf(articles);
        skips = List.copyOf(skips);
        warnings = List.copyOf(warnings);
    }
}
