package pl.lupa.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes what scrapers and page templates leave around an article: cookie-consent lines, photo
 * credits, "read also" links, share and newsletter prompts, and the author byline at the end,
 * which it returns as the author instead.
 */
public final class Boilerplate {

    private static final Pattern COOKIES = Pattern.compile("(?iu).*\\b(cookie|cookies|ciasteczk\\w*)\\b.*");
    private static final Pattern CONSENT = Pattern.compile(
            "(?iu).*\\b(akceptuj\\w*|zgod\\w*|wyraża\\w*|polityk\\w*|używa\\w*|korzyst\\w*|ustawie\\w*)\\b.*");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?iu)^(fot\\.|fot:|foto:|fotografia:|zdjęcie:|zdj\\.|źródło zdjęcia|źródło fot|ilustracja:|grafika:)\\s*.*");
    private static final Pattern READ_ALSO = Pattern.compile(
            "(?iu)^(czytaj (także|też|również|więcej)|zobacz (też|także|również)|przeczytaj (też|także|również)|polecamy|powiązane artykuły|więcej na ten temat)\\b.*");
    private static final Pattern SHARE =
            Pattern.compile("(?iu)^(udostępnij|podziel się|share|skomentuj|komentarze \\(\\d+\\))\\b.*");
    private static final Pattern NEWSLETTER = Pattern.compile("(?iu).*\\bnewslett?er\\w*\\b.*");
    private static final Pattern AD = Pattern.compile("(?iu)^(reklama|advertisement|materiał partnera)$");
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)^(redaktor\\w*|dziennikar\\w*|autor\\w*|reporter\\w*|publicyst\\w*|korespondent\\w*|wydawc\\w*|zastępca redaktora\\w*|sekretarz redakcji)\\b.{0,60}$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’-]+(\\s+\\p{Lu}[\\p{L}'’-]+){1,3}$");

    private Boilerplate() {}

    /** The cleaned lines and the author found in a trailing byline, if any. */
    public record Cleaned(List<String> lines, String author) {}

    /** Drops boilerplate lines; a short line is boilerplate only when it reads as one. */
    public static Cleaned clean(List<String> lines) {
        var kept = new ArrayList<String>(lines.size());
        for (String line : lines) {
            if (!isBoilerplate(line.strip())) {
                kept.add(line);
            }
        }
        String author = takeByline(kept);
        return new Cleaned(kept, author);
    }

    static boolean isBoilerplate(String line) {
        if (line.isEmpty() || line.length() > 300) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (!mayBeBoilerplate(lower)) {
            return false;
        }
        if (COOKIES.matcher(lower).matches() && CONSENT.matcher(lower).matches()) {
            return true;
        }
        if (NEWSLETTER.matcher(lower).matches() && line.length() < 160) {
            return true;
        }
        return PHOTO_CREDIT.matcher(line).matches() && line.length() < 160
                || READ_ALSO.matcher(line).matches()
                || SHARE.matcher(line).matches() && line.length() < 120
                || AD.matcher(line).matches();
    }

    /** Every boilerplate pattern needs one of these words; most paragraphs have none. */
    private static final String[] MARKERS = {
        "cookie",
        "ciasteczk",
        "newslet",
        "fot",
        "zdj",
        "źródło",
        "ilustracja",
        "grafika",
        "czytaj",
        "zobacz",
        "przeczytaj",
        "polecamy",
        "powiązane",
        "więcej na ten temat",
        "udostępnij",
        "podziel się",
        "share",
        "skomentuj",
        "komentarze",
        "reklama",
        "advertisement",
        "materiał partnera",
    };

    private static boolean mayBeBoilerplate(String lower) {
        for (String marker : MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes a byline at the end of the text — a name line, often repeated, optionally followed
     * by a role line such as "Redaktor prowadzący" — and returns the name.
     */
    private static String takeByline(List<String> lines) {
        int end = lastNonBlank(lines, lines.size() - 1);
        if (end < 0) {
            return null;
        }
        boolean hasRole = ROLE.matcher(lines.get(end).strip()).matches();
        int nameAt = hasRole ? lastNonBlank(lines, end - 1) : end;
        if (nameAt < 0 || !NAME.matcher(lines.get(nameAt).strip()).matches()) {
            return null;
        }
        String name = lines.get(nameAt).strip();
        int first = nameAt;
        int previous = lastNonBlank(lines, nameAt - 1);
        if (previous >= 0 && lines.get(previous).strip().equals(name)) {
            first = previous;
        }
        // A lone name line without a role or a repetition could be the last line of the text.
        if (!hasRole && first == nameAt) {
            return null;
        }
        lines.subList(first, lines.size()).clear();
        return name;
    }

    private static int lastNonBlank(List<String> lines, int from) {
        for (int i = from; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
