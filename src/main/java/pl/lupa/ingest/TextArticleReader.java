package pl.lupa.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code .txt} and {@code .md} articles: optional front matter between {@code ---} lines,
 * then the body. Without front matter the text is taken as scraped: the title is the first line
 * when it reads as a headline, otherwise the first sentence.
 */
final class TextArticleReader {

    static final int MAX_DERIVED_TITLE = 200;

    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MD_LIST = Pattern.compile("^\\s*([-*+]|\\d+\\.)\\s+");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=\\s|$)");
    /** A scraped page's dateline: {@code 26.07.2024, 08:45} or {@code 2024-07-26 08:45} alone on a line. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2})(,?\\s+(godz\\.\\s*)?\\d{1,2}:\\d{2})?$");

    private static final int DATELINE_WITHIN = 4;

    private TextArticleReader() {}

    static ReadResult read(String id, String text, boolean markdown) throws SkippedInputException {
        var warnings = new ArrayList<String>();
        List<String> lines = new ArrayList<>(
                List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        Map<String, String> meta = Map.of();
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int close = -1;
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                warnings.add(id + ": front matter is never closed with '---'; read as text");
                lines.remove(0);
            } else {
                meta = parseFrontMatter(lines.subList(1, close));
                lines = new ArrayList<>(lines.subList(close + 1, lines.size()));
            }
        }
        if (markdown || !meta.isEmpty()) {
            lines.replaceAll(TextArticleReader::stripMarkdown);
        }
        var cleaned = Boilerplate.clean(lines);
        String title = meta.get("title");
        List<String> bodyLines = cleaned.lines();
        if (title == null || title.isBlank()) {
            int first = firstNonBlank(bodyLines);
            if (first < 0) {
                throw new SkippedInputException(SkipReason.EMPTY, "no text");
            }
            String firstLine = bodyLines.get(first).strip();
            if (readsAsHeadline(firstLine, bodyLines, first)) {
                title = firstLine;
                bodyLines = bodyLines.subList(first + 1, bodyLines.size());
            } else {
                title = firstSentence(firstLine);
            }
        }
        bodyLines = new ArrayList<>(bodyLines);
        var date = PublicationDates.parse(meta.get("date"));
        if (!meta.containsKey("date")) {
            date = takeDateline(bodyLines);
        }
        if (meta.containsKey("date") && date.isEmpty() && !meta.get("date").isBlank()) {
            warnings.add(id + ": date '" + meta.get("date") + "' is not a date; left empty");
        }
        String body = joinParagraphs(bodyLines);
        if (body.isBlank()) {
            throw new SkippedInputException(SkipReason.EMPTY, "no body text");
        }
        String author = nonBlank(meta.get("author"));
        if (author == null) {
            author = cleaned.author();
        }
        var article = new Article(
                id,
                title.strip(),
                date.orElse(null),
                nonBlank(meta.get("url")),
                nonBlank(meta.get("source")),
                author,
                body);
        return new ReadResult(List.of(article), List.of(), warnings);
    }

    /** Removes a dateline among the first lines of a scraped text and returns its date. */
    private static java.util.Optional<java.time.LocalDate> takeDateline(List<String> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < DATELINE_WITHIN; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            var m = DATELINE.matcher(line);
            if (m.matches()) {
                var date = PublicationDates.parse(m.group(1));
                if (date.isPresent()) {
                    lines.remove(i);
                    return date;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Simple {@code key: value} lines; unknown keys are kept, lines that are not pairs ignored. */
    static Map<String, String> parseFrontMatter(List<String> lines) {
        var meta = new LinkedHashMap<String, String>();
        for (String line : lines) {
            var m = FRONT_MATTER_LINE.matcher(line.strip());
            if (m.matches()) {
                meta.put(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2).strip()));
            }
        }
        return meta;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return value;
    }

    static String stripMarkdown(String line) {
        String s = MD_HEADING.matcher(line).replaceFirst("");
        s = MD_LIST.matcher(s).replaceFirst("");
        s = MD_LINK.matcher(s).replaceAll("$1");
        s = MD_EMPHASIS.matcher(s).replaceAll("$2");
        if (s.strip().startsWith(">")) {
            s = s.strip().substring(1).strip();
        }
        return s;
    }

    /** A headline is short, has no final full stop and stands on its own line. */
    private static boolean readsAsHeadline(String line, List<String> lines, int at) {
        if (line.length() > 160
                || line.endsWith(".")
                || line.endsWith(",")
                || line.endsWith(":")
                || line.endsWith(";")) {
            return false;
        }
        if (line.split("\\s+").length > 25) {
            return false;
        }
        return lines.size() > at + 1; // something must follow it
    }

    /** The first sentence of the text, cut at a word boundary to at most 200 characters. */
    static String firstSentence(String text) {
        var end = SENTENCE_END.matcher(text);
        String sentence = end.find() ? text.substring(0, end.end()) : text;
        if (sentence.length() <= MAX_DERIVED_TITLE) {
            return sentence.strip();
        }
        int cut = sentence.lastIndexOf(' ', MAX_DERIVED_TITLE - 1);
        return (cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, MAX_DERIVED_TITLE - 1)).strip() + "…";
    }

    /** Lines to paragraphs: consecutive lines join with a space, blank lines separate. */
    static String joinParagraphs(List<String> lines) {
        var out = new StringBuilder();
        var paragraph = new StringBuilder();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                flush(out, paragraph);
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(s);
            }
        }
        flush(out, paragraph);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(paragraph);
            paragraph.setLength(0);
        }
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
