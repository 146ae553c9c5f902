package pl.lupa.search;

import java.util.List;

/** The answer to {@code /api/suggest}: companies first, then phrases, then words. */
public record SuggestResult(String query, List<Suggestion> suggestions) {

    public SuggestResult {
        suggestions = List.copyOf(suggestions);
    }
}
