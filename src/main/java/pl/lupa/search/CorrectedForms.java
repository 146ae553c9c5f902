package pl.lupa.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import pl.lupa.analysis.Diacritics;
import pl.lupa.analysis.Lemmatizer;

/**
 * The written form of a correction: the corrected lemma given the typed word's ending where the
 * analysis reads the result as that lemma, and the typed word's capitals.
 */
final class CorrectedForms {

    /** The longest inflectional ending carried over from the typed word to a correction. */
    private static final int MAX_ENDING = 3;

    private CorrectedForms() {}

    /**
     * A form of {@code lemma} that ends as {@code word} does, if the analysis reads it as that
     * lemma (micorsoftem + microsoft → microsoftem; inteligancji + inteligencja → inteligencji);
     * otherwise the lemma.
     */
    static String inflect(Lemmatizer lemmatizer, String word, String lemma) {
        String lower = word.toLowerCase(Locale.ROOT);
        String wordKey = SpellingKey.of(word);
        String best = lemma;
        double bestDistance = SpellingKey.distance(SpellingKey.of(lemma), wordKey);
        // a dictionary lemma takes only forms the dictionary knows; an unknown word's stem, its stems
        boolean inDictionary = lemmatizer.lemmas(lemma).length > 0;
        for (int strip = 0; strip <= 2 && strip < lemma.length() - 1; strip++) {
            for (String ending : endings(lower)) {
                String form = lemma.substring(0, lemma.length() - strip) + ending;
                // typed without diacritics, the form is read as the dictionary's form with them
                for (String written : withDiacritics(form)) {
                    double d = SpellingKey.distance(SpellingKey.of(written), wordKey);
                    var read = inDictionary ? lemmatizer.lemmas(written) : lemmatizer.terms(written);
                    if (d < bestDistance && Arrays.asList(read).contains(lemma)) {
                        best = written;
                        bestDistance = d;
                    }
                }
            }
        }
        return best;
    }

    /** The typed word's last letters, also with the last two swapped ({@code zwolnienai} → -ia). */
    private static List<String> endings(String lower) {
        var out = new java.util.LinkedHashSet<String>();
        for (int end = 0; end <= MAX_ENDING && end < lower.length(); end++) {
            String tail = lower.substring(lower.length() - end);
            out.add(tail);
            if (end >= 2) {
                out.add(tail.substring(0, end - 2) + tail.charAt(end - 1) + tail.charAt(end - 2));
            }
        }
        return List.copyOf(out);
    }

    /** The form itself, and when it has no diacritics the dictionary's forms it may stand for. */
    private static List<String> withDiacritics(String form) {
        if (Diacritics.hasPolishDiacritics(form)) {
            return List.of(form);
        }
        var out = new java.util.ArrayList<String>();
        out.add(form);
        Diacritics.restore(form).stream()
                .map(f -> f.toLowerCase(Locale.ROOT))
                .filter(f -> !out.contains(f))
                .forEach(out::add);
        return out;
    }

    static String matchCase(String typed, String text) {
        if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
            return text.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(typed.charAt(0)) && Character.isLowerCase(text.charAt(0))) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
