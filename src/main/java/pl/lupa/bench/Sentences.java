package pl.lupa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences for recombination. Good enough for news text: a full stop after a
 * common Polish abbreviation ({@code ok.}, {@code mln.}, {@code np.}) or an initial does not end a
 * sentence, so a recombined sentence never starts in the middle of one.
 */
final class Sentences {

    static final int MIN_CHARS = 40;
    static final int MAX_CHARS = 360;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "ok", "np", "tys", "mln", "mld", "bln", "r", "ul", "dr", "prof", "inż", "mgr", "im", "tzw", "in",
            "godz", "min", "ang", "św", "wg", "tj", "itd", "itp", "nr", "pt", "pn", "ds", "gen", "płk", "mec",
            "zł", "dol", "proc", "tel", "al", "pl", "ub", "br", "jw", "ww", "zob", "por", "red", "oprac", "ks");

    private Sentences() {
    }

    /**
     * The sentences of the text that read as prose, first letter capitalised. Paragraphs are
     * split on their own, so a heading or a photo credit (no full stop) never glues itself to
     * the next sentence: a piece without final punctuation is dropped.
     */
    static List<String> split(String text) {
        var out = new ArrayList<String>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            splitParagraph(paragraph.replaceAll("\\s+", " ").strip(), out);
        }
        return out;
    }

    private static void splitParagraph(String flat, List<String> out) {
        int start = 0;
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < flat.length() && "\"”»)'".indexOf(flat.charAt(end)) >= 0) {
                end++;
            }
            boolean atSpace = end < flat.length() && flat.charAt(end) == ' ';
            if (end == flat.length() || atSpace && (c != '.' || !beforeIsAbbreviation(flat, i))) {
                add(out, flat.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < flat.length()) {
            add(out, flat.substring(start));
        }
    }

    /** A full stop after an abbreviation or an initial belongs to the sentence. */
    private static boolean beforeIsAbbreviation(String s, int dot) {
        int from = dot;
        while (from > 0 && !Character.isWhitespace(s.charAt(from - 1))) {
            from--;
        }
        String word = s.substring(from, dot).toLowerCase(Locale.ROOT);
        int lastDot = word.lastIndexOf('.');
        String last = lastDot >= 0 ? word.substring(lastDot + 1) : word;
        return last.length() == 1 && Character.isLetter(last.charAt(0)) || ABBREVIATIONS.contains(last);
    }

    private static void add(List<String> out, String raw) {
        String s = raw.strip();
        if (s.length() < MIN_CHARS || s.length() > MAX_CHARS || s.contains("http") || s.contains("@")
                || ".!?…\"”»)".indexOf(s.charAt(s.length() - 1)) < 0) {
            return;
        }
        int letters = (int) s.chars().filter(Character::isLetter).count();
        if (letters * 10 < s.length() * 6) {
            return; // tables, lists of numbers
        }
        out.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }
}
