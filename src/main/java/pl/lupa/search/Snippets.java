package pl.lupa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** Closing stops and the space after a sentence or a line. */
    private static final Pattern AFTER_SENTENCE = Pattern.compile("[.!?…:;]*\\s*");

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
        if (cutLeft && !startsWithEllipsis(content, start, end)) {
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
        if (cutRight && !endsWithEllipsis(content, start, end)) {
            sb.append(" …");
        }
        return sb.toString().strip();
    }

    /** Whether the text from {@code start} opens with an ellipsis of its own ("…", "..."). */
    private static boolean startsWithEllipsis(CharSequence s, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < end && (s.charAt(i) == '…' || (i + 2 < end && s.charAt(i) == '.' && s.charAt(i + 1) == '.'));
    }

    /** Whether the text up to {@code end} closes with an ellipsis of its own. */
    private static boolean endsWithEllipsis(CharSequence s, int start, int end) {
        int i = end;
        while (i > start && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i > start
                && (s.charAt(i - 1) == '…' || (i - 2 > start && s.charAt(i - 1) == '.' && s.charAt(i - 2) == '.'));
    }

    /**
     * At most {@code max} snippets, leaving out those that only repeat the title: a text whose
     * title is its first sentence would otherwise show it twice.
     */
    static List<String> notRepeating(String title, List<String> snippets, int max) {
        String escapedTitle = escape(title.strip());
        String t = plain(escapedTitle);
        var out = new ArrayList<String>(max);
        for (String s : snippets) {
            String p = plain(s);
            if (out.size() == max || !p.isEmpty() && !t.isEmpty() && t.contains(p)) {
                continue; // nothing but (part of) the title
            }
            String rest = t.isEmpty() ? null : afterTitle(s, escapedTitle);
            if (rest == null) {
                out.add(s);
            } else if (!rest.isBlank()) {
                out.add(rest); // the title's sentence, then more: the more
            }
        }
        return out;
    }

    /**
     * What a snippet says after the title it opens with, or null when it does not open with it.
     * The snippet's marks are skipped while comparing, case and runs of spaces are ignored.
     */
    static String afterTitle(String html, String escapedTitle) {
        String title = escapedTitle.endsWith("…") ? escapedTitle.substring(0, escapedTitle.length() - 1) : escapedTitle;
        int i = 0;
        int j = 0;
        boolean open = false;
        while (j < title.length()) {
            if (html.startsWith(OPEN, i)) {
                open = true;
                i += OPEN.length();
            } else if (html.startsWith(CLOSE, i)) {
                open = false;
                i += CLOSE.length();
            } else if (i >= html.length()) {
                return null;
            } else if (Character.isWhitespace(html.charAt(i)) && Character.isWhitespace(title.charAt(j))) {
                while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
                    i++;
                }
                while (j < title.length() && Character.isWhitespace(title.charAt(j))) {
                    j++;
                }
            } else if (Character.toLowerCase(html.charAt(i)) == Character.toLowerCase(title.charAt(j))) {
                i++;
                j++;
            } else {
                return null;
            }
        }
        if (html.startsWith(CLOSE, i)) {
            open = false;
            i += CLOSE.length();
        }
        boolean sentenceEnds = ".!?…:;".indexOf(title.charAt(title.length() - 1)) >= 0
                || i == html.length()
                || ".!?…:;".indexOf(html.charAt(i)) >= 0;
        if (!sentenceEnds) {
            return null; // the title is the sentence's first words, not the sentence
        }
        while (i < html.length()
                && (".!?…:;,".indexOf(html.charAt(i)) >= 0 || Character.isWhitespace(html.charAt(i)))) {
            i++;
        }
        String rest = html.substring(i);
        return open ? OPEN + rest : rest;
    }

    /** A snippet or escaped title as comparable text: no marks, ellipses, closing stops or runs of spaces. */
    private static String plain(String html) {
        String s = html.replace(OPEN, "").replace(CLOSE, "").replace("…", " ").replace("...", " ");
        s = s.replaceAll("\\s+", " ").strip();
        while (!s.isEmpty() && ".!?:;,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * The lead of an article: its first paragraph, cut at a word boundary to at most
     * {@code maxChars}, escaped; when the text opens with its title (a title taken from the first
     * sentence), the lead starts after it.
     */
    static String lead(String text, String title, int maxChars) {
        String body = text.strip();
        String t = title == null ? "" : title.strip();
        boolean cutShort = t.endsWith("…");
        if (cutShort) {
            t = t.substring(0, t.length() - 1).strip(); // a title cut short: the text goes on after it
        }
        if (t.isEmpty() || !body.startsWith(t)) {
            return lead(body, maxChars);
        }
        String rest = body.substring(t.length());
        if (cutShort) {
            return lead("… " + rest.strip(), maxChars);
        }
        // the title is the text's first sentence or line, not just its first words
        Matcher end = AFTER_SENTENCE.matcher(rest);
        end.lookingAt();
        boolean sentence = ".!?…:;".indexOf(t.charAt(t.length() - 1)) >= 0
                || end.end() > 0 && (rest.charAt(0) != ' ' || end.group().contains("\n"));
        String after = rest.substring(end.end());
        return lead(sentence && !after.isBlank() ? after : body, maxChars);
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
