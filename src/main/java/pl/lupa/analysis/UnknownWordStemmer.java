package pl.lupa.analysis;

import java.util.Set;

/**
 * Reduces a word the dictionary does not know — a foreign company or person name, a brand, a
 * neologism — to a stem shared by its Polish case forms: {@code microsoftem, microsoftu,
 * microsofcie → microsoft}; {@code nvidia, nvidii, nvidię, nvidią → nvidi}; {@code startupów →
 * startup}. The stem need not be a word; it only has to be the same for every form, on the index
 * and on the query side, and it is written without diacritics, so a name typed without them is
 * still found. Dictionary words never come here, so it cannot damage them.
 */
public final class UnknownWordStemmer {

    /** Locative endings with a stem alternation, longest first: Microsofcie → Microsoft. */
    private static final String[][] ALTERNATIONS = {
        {"ście", "st"}, {"dzie", "d"}, {"cie", "t"}, {"rze", "r"},
    };
    /** Case endings of masculine and feminine nouns, longest first. */
    private static final String[] ENDINGS = {
        "owie", "ami", "ach", "owi", "iem", "ów", "om", "em", "ie", "a", "u", "y", "i", "e", "ę", "ą", "o",
    };

    private static final int MIN_STEM = 3;
    /** A one-letter ending follows a consonant or i (Nvidi-a): OpenAI keeps its final i. */
    private static final Set<Character> AFTER_VOWEL_NO_ENDING = Set.of('a', 'e', 'o', 'u', 'y', 'ą', 'ę', 'ó');

    /** Endings a base form may end in: the written form may be the lemma itself (Nvidia, perro). */
    private static final Set<String> BASE_FORM_ENDINGS = Set.of("a", "e", "i", "o", "u", "y", "ą", "ę", "ie");

    private UnknownWordStemmer() {}

    /**
     * Index terms for an unknown word: its stem, preceded by the written form (lower case) when
     * that may be a base form — {@code Nvidia → nvidia|nvidi}, {@code interoperacyjny →
     * interoperacyjny|interoperacyjn} — but not for a plain oblique case ({@code Microsoftem →
     * microsoft}).
     */
    public static String[] terms(String surface) {
        String stem = stem(surface);
        String lower = Diacritics.fold(surface);
        if (stem.equals(lower)
                || apostrophe(lower) >= 0
                || !lower.startsWith(stem)
                || !BASE_FORM_ENDINGS.contains(lower.substring(stem.length()))) {
            return new String[] {stem};
        }
        return new String[] {lower, stem};
    }

    /**
     * The ending is read from the word as written (so {@code -ów} is an ending and {@code -ow} is
     * not); the stem that is left is written without diacritics, since an unknown word's
     * diacritics tell no two words of the dictionary apart and users often leave them out:
     * {@code McQueenów → mcqueen}, {@code cyberbezpieczeństwem → cyberbezpieczenstw}.
     *
     * @param surface the token as written (its case decides whether it is an acronym)
     * @return the lower-case stem, without diacritics
     */
    public static String stem(String surface) {
        return Diacritics.fold(writtenStem(surface));
    }

    private static String writtenStem(String surface) {
        String word = surface.toLowerCase(java.util.Locale.ROOT);
        int apostrophe = apostrophe(word);
        if (apostrophe > 0) {
            // Google'a, Google'owi, IBM'u: the part before the apostrophe is the name itself.
            word = word.substring(0, apostrophe);
            surface = surface.substring(0, apostrophe);
        }
        if (!isAllLetters(word) || isAcronym(surface)) {
            return word;
        }
        for (String[] alternation : ALTERNATIONS) {
            if (word.endsWith(alternation[0]) && word.length() - alternation[0].length() >= MIN_STEM) {
                return word.substring(0, word.length() - alternation[0].length()) + alternation[1];
            }
        }
        for (String ending : ENDINGS) {
            int stemLength = word.length() - ending.length();
            if (word.endsWith(ending)
                    && stemLength >= MIN_STEM
                    && (ending.length() > 1 || !AFTER_VOWEL_NO_ENDING.contains(word.charAt(stemLength - 1)))) {
                return word.substring(0, stemLength);
            }
        }
        return word;
    }

    static int apostrophe(String word) {
        int a = word.indexOf('\'');
        return a >= 0 ? a : word.indexOf('\u2019');
    }

    private static boolean isAllLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** TSMC, NASA: inflected forms of acronyms take a hyphen, so the bare token is the name. */
    private static boolean isAcronym(String surface) {
        int upper = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }
}
