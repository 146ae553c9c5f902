package pl.lupa.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The other ways Polish press spells foreign words and names: {@code Oscar/Oskar},
 * {@code Facebook/Fejsbuk} aside, the regular ones — {@code c/k} before a back vowel or at the
 * end, {@code ck/k}, {@code x/ks}, {@code v/w}, {@code qu/kw}, {@code ph/f}, {@code th/t}. Each
 * replacement alone gives one variant; the query side keeps a variant only when the collection
 * uses it as well as the typed form.
 */
final class SpellingVariants {

    /** Pairs of spellings; each is tried both ways. */
    private static final String[][] PAIRS = {
        {"x", "ks"}, {"v", "w"}, {"qu", "kw"}, {"ph", "f"}, {"th", "t"},
    };

    private SpellingVariants() {}

    /** The variants of a lower-case word, each differing from it by one replacement. */
    static List<String> of(String word) {
        var out = new ArrayList<String>();
        for (String[] pair : PAIRS) {
            replaceEach(word, pair[0], pair[1], out);
            replaceEach(word, pair[1], pair[0], out);
        }
        // ck and k: English writes ck after a short vowel (Zuckerberg, Zukerberg)
        replaceEach(word, "ck", "k", out);
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) == 'k' && word.charAt(i - 1) != 'c' && "aeiouy".indexOf(word.charAt(i - 1)) >= 0) {
                String variant = word.substring(0, i) + "c" + word.substring(i);
                if (!out.contains(variant)) {
                    out.add(variant);
                }
            }
        }
        // c and k alone: only where Polish would write k for a foreign c (Oscar → Oskar, Colorado)
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c == 'c' || c == 'k') && backVowelOrEnd(word, i + 1) && !(i > 0 && word.charAt(i - 1) == 'c')) {
                String variant = word.substring(0, i) + (c == 'c' ? 'k' : 'c') + word.substring(i + 1);
                if (!out.contains(variant)) {
                    out.add(variant);
                }
            }
        }
        out.remove(word);
        return out;
    }

    private static boolean backVowelOrEnd(String word, int i) {
        return i >= word.length() || "aou".indexOf(word.charAt(i)) >= 0;
    }

    private static void replaceEach(String word, String from, String to, List<String> out) {
        for (int at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
            String variant = word.substring(0, at) + to + word.substring(at + from.length());
            if (!out.contains(variant)) {
                out.add(variant);
            }
        }
    }
}
