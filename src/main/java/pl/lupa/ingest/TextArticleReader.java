package pl.lupa.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code .txt} and {@code .md} articles: optional front matter between {@code ---} lines,
 * then the body. Without front matter the text is taken as scraped: the title is the first line
 * when it reads as a headline, otherwise derived from the opening sentences ({@link DerivedTitle}),
 * and a dateline near the top is the publication date.
 */
final class TextArticleReader {

    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MD_LIST = Pattern.compile("^\\s*([-*+]|\\d+\\.)\\s+");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1");

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
        var bodyLines = new ArrayList<>(cleaned.lines());
        boolean derive = false;
        if (title == null || title.isBlank()) {
            int first = firstNonBlank(bodyLines);
            if (first < 0) {
                throw new SkippedInputException(SkipReason.EMPTY, "no text");
            }
            String firstLine = bodyLines.get(first).strip();
            if (readsAsHeadline(firstLine, bodyLines, first)) {
                title = firstLine;
                bodyLines = new ArrayList<>(bodyLines.subList(first + 1, bodyLines.size()));
            } else {
                derive = true;
            }
        }
        var date = PublicationDates.parse(meta.get("date"));
        if (!meta.containsKey("date")) {
            date = takeDateline(bodyLines);
        }
        if (meta.containsKey("date") && date.isEmpty() && !meta.get("date").isBlank()) {
            warnings.add(id + ": date '" + meta.get("date") + "' is not a date; left empty");
        }
        if (derive) {
            // After the dateline is gone, so that a short first sentence is not continued with it.
            title = DerivedTitle.of(String.join("\n", bodyLines));
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

    /**
     * Removes a dateline among the first lines of a scraped text and returns its date: a line that
     * is only a date, with a time or a place or both ({@code 26.07.2024, 08:45},
     * {@code Warszawa, 03.03.2025, 10:15}, {@code Kraków, 12 marca 2024 r.}).
     */
    private static Optional<LocalDate> takeDateline(List<String> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < DATELINE_WITHIN; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            var date = Datelines.parse(line);
            if (date.isPresent()) {
                lines.remove(i);
                return date;
            }
        }
        return Optional.empty();
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

    /** A headline is short, has no final full stop, stands on its own line and is no dateline. */
    private static boolean readsAsHeadline(String line, List<String> lines, int at) {
        if (Datelines.parse(line).isPresent()) {
            return false;
        }
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
