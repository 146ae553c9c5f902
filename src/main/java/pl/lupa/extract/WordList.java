package pl.lupa.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * A hand-kept word list of the recognisers, asked about tokens where they stand in the text
 * (see {@link SpanMap}) rather than about substrings cut out of it.
 */
final class WordList {

    private final SpanMap<Boolean> words;

    private WordList(SpanMap<Boolean> words) {
        this.words = words;
    }

    /** The words of a text, separated by white space; repeats, which long lists attract, are harmless. */
    static WordList of(String words) {
        Map<String, Boolean> map = new HashMap<>();
        for (String word : words.strip().split("\\s+")) {
            map.put(word, Boolean.TRUE);
        }
        return new WordList(SpanMap.of(map));
    }

    boolean contains(String word) {
        return words.get(word) != null;
    }

    /** True when token {@code i} is one of the words exactly as written. */
    boolean contains(Tokens tokens, int i) {
        return words.get(tokens, i) != null;
    }

    /** True when token {@code i}, lower-cased, is one of the words. */
    boolean containsLowerCase(Tokens tokens, int i) {
        return words.getLowerCase(tokens, i) != null;
    }
}
