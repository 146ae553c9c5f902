package pl.lupa.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import pl.lupa.analysis.UnknownWordStemmer;

/**
 * A hand-kept table keyed by lemmas and asked about tokens in any inflected form through the
 * dictionary, like {@link LemmaList}, when a rule needs a value for the word it found: the
 * currency of "kanadyjskich" ({@code kanadyjski → CAD}), the unit of "miesięcznie". A word the
 * dictionary does not know is matched by the stem the analysis gives it, so a spelling the
 * dictionary lacks ("zimbabweańskich") still finds its lemma ("zimbabweański").
 */
final class LemmaMap<V> {

    /**
     * Endings of adjectives, longest first: a "-ski" adjective the dictionary lacks is matched by
     * the stem before them ({@code zimbabweańsk-ich}); the noun stemmer of the analysis knows only
     * the endings of nouns.
     */
    private static final String[] ADJECTIVE_ENDINGS = {
        "iego", "iemu", "ego", "emu", "imi", "ymi", "ich", "ych", "iej", "ej", "im", "ym", "ie", "i", "y", "a", "ą", "e"
    };

    private final Map<String, V> byLemma;
    /** Adjective lemmas of the {@code -ski}, {@code -cki} kind without their last letter. */
    private final Map<String, V> byAdjectiveStem;

    private LemmaMap(Map<String, V> byLemma, Map<String, V> byAdjectiveStem) {
        this.byLemma = byLemma;
        this.byAdjectiveStem = byAdjectiveStem;
    }

    /** @param values keyed by lemmas, lower case, as the dictionary writes them */
    static <V> LemmaMap<V> of(Map<String, V> values) {
        Map<String, V> all = new HashMap<>();
        Map<String, V> adjectives = new HashMap<>();
        values.forEach((lemma, value) -> {
            all.putIfAbsent(UnknownWordStemmer.stem(lemma), value);
            all.put(lemma, value);
            if (lemma.endsWith("ski") || lemma.endsWith("cki")) {
                adjectives.put(lemma.substring(0, lemma.length() - 1), value);
            }
        });
        return new LemmaMap<>(Map.copyOf(all), Map.copyOf(adjectives));
    }

    boolean containsLemma(String lemma) {
        return byLemma.containsKey(lemma);
    }

    /**
     * The value of the first reading of token {@code i} whose lemma is a key and that {@code accept}
     * takes (a number, a case, an agreement); for a word the dictionary does not know, the value of
     * its stem, since there are no readings to check. Null when nothing matches.
     */
    V get(Tokens tokens, int i, Lemmas dictionary, Predicate<Lemmas.Reading> accept) {
        if (!tokens.isWord(i)) {
            return null;
        }
        var readings = dictionary.readings(tokens, i);
        if (readings.isEmpty()) {
            return unknown(tokens.text(i));
        }
        for (Lemmas.Reading reading : readings) {
            V value = byLemma.get(reading.lemma());
            if (value != null && accept.test(reading)) {
                return value;
            }
        }
        return null;
    }

    private V unknown(String written) {
        V value = byLemma.get(UnknownWordStemmer.stem(written));
        if (value != null) {
            return value;
        }
        String lower = written.toLowerCase(Locale.ROOT);
        for (String ending : ADJECTIVE_ENDINGS) {
            if (lower.endsWith(ending)) {
                value = byAdjectiveStem.get(lower.substring(0, lower.length() - ending.length()));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }
}
