package pl.lupa.analysis;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Set;

/**
 * Sentence boundaries of news prose (snippets, titles of scraped text, the bench's sentence pool),
 * found in one pass when the text is set and then looked up by binary search. The JDK's
 * rule-based sentence iterator walked the text again for every passage the highlighter tried
 * and was half of the highlighting time.
 *
 * <p>A sentence ends at {@code . ! ? …} (with any closing quotes or brackets after it) followed
 * by white space and something that can start a sentence: an upper-case letter, a digit, an
 * opening quote or a dash. A full stop after a single capital ({@code J. Kowalski}) or after an
 * abbreviation that names what follows ({@code dr}, {@code np.}, {@code tzw.}) ends nothing. A
 * line break always ends a sentence: headings and list items have no full stop. In a text
 * without capitals (a feed lower-cased by its publisher) a sentence may start with a small letter.
 * The boundary is where the next sentence starts, after the white space, as the JDK's iterator
 * places it.
 */
public final class SentenceBreaks extends BreakIterator {

    /**
     * Lower-case abbreviations that name or count what follows them, so the sentence goes on after
     * their full stop whatever comes next: titles before a name ({@code prof.}, {@code kard.}),
     * places before a name ({@code ul.}, {@code woj.}), {@code tys.} before what is counted,
     * {@code godz.} before an hour. Abbreviations that often end a sentence ({@code proc.},
     * {@code r.}, {@code pkt.}) are not here.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "np", "tzw", "tj", "dr", "prof", "inż", "mgr", "hab", "ul", "al", "pl", "os", "św", "gen", "płk", "ks",
            "red", "ang", "ok", "tzn", "wg", "im", "in", "pt", "ds", "mec", "sp", "nr", "tys", "godz", "kard", "abp",
            "bp", "mjr", "kpt", "ppłk", "kmdr", "gr", "dot", "woj", "pow", "gm", "zob", "nt", "śp", "tel");

    /** The sentences of a text, in order, each without the white space around it. */
    public static java.util.List<String> split(String text) {
        int[] at = boundaries(text);
        var out = new java.util.ArrayList<String>(at.length);
        for (int i = 0; i + 1 < at.length; i++) {
            String sentence = text.substring(at[i], at[i + 1]).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
        }
        return out;
    }

    private String text = "";
    private int[] boundaries = {0};
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        boundaries = boundaries(newText);
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        var sb = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            sb.append(c);
        }
        setText(sb.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        current = 0;
        return boundaries[0];
    }

    @Override
    public int last() {
        current = boundaries.length - 1;
        return boundaries[current];
    }

    @Override
    public int next(int n) {
        int target = current + n;
        if (target < 0 || target >= boundaries.length) {
            current = target < 0 ? 0 : boundaries.length - 1;
            return DONE;
        }
        current = target;
        return boundaries[current];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int current() {
        return boundaries[current];
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(boundaries, offset);
        i = i >= 0 ? i + 1 : -i - 1; // the first boundary after the offset
        if (i >= boundaries.length) {
            current = boundaries.length - 1;
            return DONE;
        }
        current = i;
        return boundaries[i];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(boundaries, offset);
        i = i >= 0 ? i - 1 : -i - 2; // the last boundary before the offset
        if (i < 0) {
            current = 0;
            return DONE;
        }
        current = i;
        return boundaries[i];
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(boundaries, offset);
        if (i >= 0) {
            current = i;
            return true;
        }
        following(offset);
        return false;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException(
                    "offset " + offset + " is outside the text of " + text.length() + " characters");
        }
    }

    /** 0, every sentence start, and the text's length; strictly increasing. */
    static int[] boundaries(String s) {
        int n = s.length();
        boolean caseless = caseless(s);
        var out = new int[16];
        int count = 0;
        out[count++] = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int end; // where the white space after a candidate end begins, or -1
            if (c == '\n' || c == '\r') {
                end = i;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && !(c == '.' && continues(s, i, caseless))) {
                end = i + 1;
                while (end < n && isClosing(s.charAt(end))) {
                    end++;
                }
                if (end >= n || !Character.isWhitespace(s.charAt(end))) {
                    i = end > i + 1 ? end : i + 1;
                    continue;
                }
            } else {
                i++;
                continue;
            }
            int next = end;
            boolean lineBreak = false;
            while (next < n && Character.isWhitespace(s.charAt(next))) {
                lineBreak |= s.charAt(next) == '\n' || s.charAt(next) == '\r';
                next++;
            }
            if (next < n
                    && next > out[count - 1]
                    && (lineBreak
                            || startsSentence(s.charAt(next))
                            || caseless && Character.isLetter(s.charAt(next)))) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = next;
            }
            i = Math.max(next, i + 1);
        }
        if (n > out[count - 1]) {
            if (count == out.length) {
                out = Arrays.copyOf(out, count + 1);
            }
            out[count++] = n;
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * Whether a text has (almost) no capital letters, as some feeds and corpora are lower-cased by
     * their publisher: then a sentence may start with a small letter, and a single letter before a
     * full stop is an initial whatever its case.
     */
    static boolean caseless(String s) {
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            }
        }
        return letters >= 100 && capitals * 1000 < letters;
    }

    /** Whether the full stop at {@code dot} belongs to a single capital (initial) or a known abbreviation. */
    private static boolean continues(String s, int dot, boolean caseless) {
        int start = dot;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        int length = dot - start;
        if (length == 0 || length > 4) {
            return false;
        }
        if (length == 1 && (caseless || Character.isUpperCase(s.charAt(start)))) {
            return true;
        }
        return ABBREVIATIONS.contains(s.substring(start, dot).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '»' || c == '\'' || c == ')' || c == ']' || c == '’';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || c == '"'
                || c == '„'
                || c == '«'
                || c == '“'
                || c == '('
                || c == '–'
                || c == '—'
                || c == '-'
                || Character.isTitleCase(c);
    }
}
