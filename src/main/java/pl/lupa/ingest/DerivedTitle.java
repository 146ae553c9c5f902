package pl.lupa.ingest;

import java.util.List;
import pl.lupa.analysis.SentenceBreaks;

/**
 * The title of an article that has none of its own (a scraped text, a feed record without a
 * title, a page without a headline): its opening sentence, cut at a word boundary to at most 200
 * characters.
 *
 * <p>Sentences are the product's own ({@link SentenceBreaks}), so a full stop after {@code prof.},
 * {@code ul.}, {@code tys.}, {@code np.}, an initial or {@code S.A.} does not end the title, and a
 * text lower-cased by its publisher is still cut at its full stops. A title of fewer than
 * {@value #MIN_WORDS} words is no title but a fragment, so further sentences are added until it
 * has that many words or the text has no more.
 */
final class DerivedTitle {

    static final int MAX_LENGTH = 200;
    static final int MIN_WORDS = 4;

    private DerivedTitle() {}

    static String of(String text) {
        List<String> sentences = SentenceBreaks.split(text.strip());
        var title = new StringBuilder();
        for (String sentence : sentences) {
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(sentence.replaceAll("\\s+", " "));
            if (words(title) >= MIN_WORDS || title.length() >= MAX_LENGTH) {
                break;
            }
        }
        return cut(title.toString().strip());
    }

    private static String cut(String title) {
        if (title.length() <= MAX_LENGTH) {
            return title;
        }
        int space = title.lastIndexOf(' ', MAX_LENGTH - 1);
        String head = space > 0 ? title.substring(0, space) : title.substring(0, MAX_LENGTH - 1);
        return head.strip() + "…";
    }

    /** Words are runs between spaces that hold a letter or a digit; a lone dash or quote is none. */
    static int words(CharSequence text) {
        int count = 0;
        boolean counted = false; // whether the current run of non-spaces has been counted
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                count++;
                counted = true;
            }
        }
        return count;
    }
}
