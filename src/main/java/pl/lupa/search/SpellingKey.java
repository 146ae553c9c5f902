package pl.lupa.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How Polish readers misspell, as a key and a distance. The key folds what people type either way
 * and mean the same: case, diacritics ({@code zrodla} for źródła), {@code rz}/{@code ż} and
 * {@code ch}/{@code h}, and the foreign letters Polish writes otherwise ({@code c}/{@code k} of
 * Microsoft/Mikrosoft, {@code v}/{@code w}, {@code x}/{@code ks}, {@code ph}/{@code f},
 * {@code qu}/{@code kw}); spaces and punctuation become one space ({@code openai'em} → openaiem).
 * The distance counts edits between keys, a swap of neighbours as one and {@code u}/{@code o}
 * (the key's {@code ó}) as half of one. Suggestions and corrections both rest on it.
 */
final class SpellingKey {

    /** The cost of writing u for ó or ó for u: a confusion, not a slip of the finger. */
    static final double VOWEL_CONFUSION = 0.5;

    private SpellingKey() {}

    static String of(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        var letters = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'ł') {
                c = 'l';
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\'' || c == '\u2019' || c == '-') {
                continue; // openai'em, e-mail: one word as typed with or without
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && letters.length() > 0) {
                    letters.append(' ');
                }
                space = false;
                letters.append(c);
            } else {
                space = true;
            }
        }
        return respell(letters);
    }

    private static String respell(CharSequence s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            switch (c) {
                case 'c' -> {
                    if (next == 'h') {
                        out.append('h');
                        i++;
                    } else if (next == 'k') {
                        out.append('k');
                        i++;
                    } else {
                        out.append(next == 'z' ? 'c' : 'k');
                    }
                }
                case 'r' -> {
                    if (next == 'z') {
                        out.append('z');
                        i++;
                    } else {
                        out.append('r');
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        out.append('f');
                        i++;
                    } else {
                        out.append('p');
                    }
                }
                case 'q' -> {
                    if (next == 'u') {
                        out.append("kw");
                        i++;
                    } else {
                        out.append('k');
                    }
                }
                case 'v' -> out.append('w');
                case 'x' -> out.append("ks");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Edits from key {@code a} to key {@code b}: insertions, deletions and substitutions cost 1,
     * a swap of two neighbours 1, and u for o (or o for u) {@link #VOWEL_CONFUSION}.
     */
    static double distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        var d = new double[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double cost = x == y ? 0 : isVowelConfusion(x, y) ? VOWEL_CONFUSION : 1;
                double best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    private static boolean isVowelConfusion(char x, char y) {
        return (x == 'u' && y == 'o') || (x == 'o' && y == 'u');
    }
}
