package pl.lupa.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Polish ways of writing quantities: scale words and their abbreviations, and the fractional
 * words "pół" and "półtora" that stand in for a number before a scale word.
 */
final class PolishNumbers {

    private PolishNumbers() {}

    /** Power of ten for every form of a scale word, keyed in lower case without a trailing dot. */
    private static final SpanMap<Integer> SCALES = scales();

    /** Scale words that are abbreviations and so may carry a dot ("tys.", "mln."). */
    private static final WordList ABBREVIATED = WordList.of("tys tyś mln mld bln");

    private static final SpanMap<BigDecimal> FRACTION_WORDS = SpanMap.of(Map.of(
            "pół", new BigDecimal("0.5"),
            "półtora", new BigDecimal("1.5"),
            "półtorej", new BigDecimal("1.5")));

    private static SpanMap<Integer> scales() {
        Map<String, Integer> m = new HashMap<>();
        for (String s :
                new String[] {"tys", "tyś", "tysiąc", "tysiąca", "tysiące", "tysięcy", "tysiącach", "tysiącami"}) {
            m.put(s, 3);
        }
        for (String s : new String[] {"mln", "milion", "miliona", "miliony", "milionów", "milionach", "milionami"}) {
            m.put(s, 6);
        }
        for (String s :
                new String[] {"mld", "miliard", "miliarda", "miliardy", "miliardów", "miliardach", "miliardami"}) {
            m.put(s, 9);
        }
        // a Polish bilion is 10^12, the English trillion
        for (String s : new String[] {"bln", "bilion", "biliona", "biliony", "bilionów", "bilionach", "bilionami"}) {
            m.put(s, 12);
        }
        return SpanMap.of(m);
    }

    /** The power of ten a scale word stands for, or -1 when the token is no scale word. */
    static int scaleExponent(Tokens tokens, int i) {
        if (!tokens.isWord(i) || tokens.length(i) > 10) {
            return -1;
        }
        Integer exponent = SCALES.getLowerCase(tokens, i);
        return exponent == null ? -1 : exponent;
    }

    static boolean isAbbreviatedScale(Tokens tokens, int i) {
        return tokens.isWord(i) && ABBREVIATED.containsLowerCase(tokens, i);
    }

    /** The value of "pół" or "półtora", or null. */
    static BigDecimal fractionWord(Tokens tokens, int i) {
        if (!tokens.isWord(i) || tokens.length(i) > 8) {
            return null;
        }
        return FRACTION_WORDS.getLowerCase(tokens, i);
    }
}
