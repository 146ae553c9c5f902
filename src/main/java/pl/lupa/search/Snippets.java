package pl.lupa.search;

import java.util.ArrayList;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages as HTML-escaped text whose only markup is {@code <mark>}, at
 * most {@value #MAX_CHARS} characters each: a passage longer than that (a long sentence) is cut
 * to a window around its first match, at word boundaries, with an ellipsis.
 */
final class Snippets extends PassageFormatter {

    static final int MAX_CHARS = 250;
    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";

    private final int maxChars;

    Snippets(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        var out = new ArrayList<String>(passages.length);
        for (Passage p : passages) {
            out.add(format(p, content));
        }
        return out;
    }

    private String format(Passage p, String content) {
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        // Sentence breaks do not see paragraphs (a heading has no full stop): keep the paragraph
        // of the first match.
        int anchor = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
        int paragraphStart = content.lastIndexOf("\n\n", anchor);
        if (paragraphStart >= start) {
            start = paragraphStart + 2;
        }
        int paragraphEnd = content.indexOf("\n\n", anchor);
        if (paragraphEnd >= 0 && paragraphEnd < end) {
            end = paragraphEnd;
        }
        boolean cutLeft = false;
        boolean cutRight = false;
        if (end - start > maxChars) {
            int firstMatch = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
            int windowStart = Math.max(start, firstMatch - maxChars / 4);
            windowStart = wordStart(content, windowStart, start);
            int windowEnd = Math.min(end, windowStart + maxChars);
            windowEnd = wordEnd(content, windowEnd, end, windowStart);
            cutLeft = windowStart > start;
            cutRight = windowEnd < end;
            start = windowStart;
            end = windowEnd;
        }
        var sb = new StringBuilder(end - start + 32);
        if (cutLeft) {
            sb.append("… ");
        }
        int pos = start;
        for (int i = 0; i < p.getNumMatches(); i++) {
            int ms = Math.max(p.getMatchStarts()[i], pos);
            int me = Math.min(p.getMatchEnds()[i], end);
            if (me <= ms) {
                continue;
            }
            escape(content, pos, ms, sb);
            sb.append(OPEN);
            escape(content, ms, me, sb);
            sb.append(CLOSE);
            pos = me;
        }
        escape(content, pos, end, sb);
        if (cutRight) {
            sb.append(" …");
        }
        return sb.toString().strip();
    }

    /** Text cut at a word boundary to at most {@code maxChars}, escaped: the lead of an article. */
    static String lead(String text, int maxChars) {
        String first = text.strip();
        int paragraph = first.indexOf("\n\n");
        if (paragraph > 0) {
            first = first.substring(0, paragraph);
        }
        var sb = new StringBuilder();
        if (first.length() <= maxChars) {
            escape(first, 0, first.length(), sb);
            return sb.toString();
        }
        int cut = wordEnd(first, maxChars, first.length(), 0);
        escape(first, 0, cut, sb);
        return sb.toString().strip() + " …";
    }

    private static int wordStart(String s, int at, int min) {
        int i = at;
        while (i > min && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i == min ? at : i;
    }

    private static int wordEnd(String s, int at, int max, int min) {
        int i = at;
        while (i > min && i < max && !Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i <= min ? at : i;
    }

    static String escape(String s) {
        var sb = new StringBuilder(s.length() + 16);
        escape(s, 0, s.length(), sb);
        return sb.toString();
    }

    static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
