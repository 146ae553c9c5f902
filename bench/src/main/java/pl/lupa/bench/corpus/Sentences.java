package pl.lupa.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import pl.lupa.analysis.SentenceBreaks;

/**
 * The sentences of the sample articles that read as prose, for recombination. The cutting is the
 * product's ({@link SentenceBreaks}: a full stop after an initial or an abbreviation such as
 * {@code np.} or {@code dr} ends nothing); this class only picks the sentences that recombine
 * well.
 */
final class Sentences {

    static final int MIN_CHARS = 40;
    static final int MAX_CHARS = 360;

    private Sentences() {}

    /**
     * The sentences of the text that read as prose, first letter capitalised. Paragraphs are
     * split on their own, so a heading or a photo credit (no full stop) never glues itself to
     * the next sentence: a piece without final punctuation is dropped.
     */
    static List<String> split(String text) {
        var out = new ArrayList<String>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            for (String sentence :
                    SentenceBreaks.split(paragraph.replaceAll("\\s+", " ").strip())) {
                add(out, sentence);
            }
        }
        return out;
    }

    private static void add(List<String> out, String raw) {
        String s = raw.strip();
        if (s.length() < MIN_CHARS
                || s.length() > MAX_CHARS
                || s.contains("http")
                || s.contains("@")
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
