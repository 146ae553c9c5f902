package pl.lupa.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication date formats found in front matter, HTML meta tags and feeds, and finds
 * the dates written in a page's visible lines (bylines, datelines).
 */
final class PublicationDates {

    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
    private static final DateTimeFormatter DOTTED =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    /**
     * Polish month names: the genitive of a written date ({@code 12 marca 2024}) and the
     * nominative some CMSs print instead ({@code 28 marzec 2025}).
     */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("stycznia", 1),
            Map.entry("styczeń", 1),
            Map.entry("lutego", 2),
            Map.entry("luty", 2),
            Map.entry("marca", 3),
            Map.entry("marzec", 3),
            Map.entry("kwietnia", 4),
            Map.entry("kwiecień", 4),
            Map.entry("maja", 5),
            Map.entry("maj", 5),
            Map.entry("czerwca", 6),
            Map.entry("czerwiec", 6),
            Map.entry("lipca", 7),
            Map.entry("lipiec", 7),
            Map.entry("sierpnia", 8),
            Map.entry("sierpień", 8),
            Map.entry("września", 9),
            Map.entry("wrzesień", 9),
            Map.entry("października", 10),
            Map.entry("październik", 10),
            Map.entry("listopada", 11),
            Map.entry("listopad", 11),
            Map.entry("grudnia", 12),
            Map.entry("grudzień", 12));

    /** A date as written in text: {@code 26.07.2024}, {@code 2024-07-26} or {@code 26 lipca 2024}. */
    static final String DATE_IN_TEXT = "(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:"
            + String.join("|", MONTHS.keySet()) + ")\\s+\\d{4})";

    private static final Pattern DATE_TOKEN =
            Pattern.compile("(?iu)(?<![\\p{L}\\d.])" + DATE_IN_TEXT + "(?![\\p{L}\\d])");
    private static final Pattern WRITTEN = Pattern.compile("(?iu)(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})");

    private PublicationDates() {}

    /**
     * A date from {@code 2024-10-15}, {@code 2024-10-15T08:30:00+02:00}, {@code 15.10.2024} or
     * {@code 15 października 2024}.
     */
    static Optional<LocalDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1).strip();
        }
        try {
            var iso = ISO_DATE_PREFIX.matcher(value);
            if (iso.matches()) {
                if (iso.group(2) != null && value.charAt(10) == 'T') {
                    try {
                        return Optional.of(OffsetDateTime.parse(value).toLocalDate());
                    } catch (DateTimeParseException noOffset) {
                        // a local date-time: its date part is the publication date
                    }
                }
                return Optional.of(LocalDate.parse(iso.group(1)));
            }
            if (value.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                return Optional.of(LocalDate.parse(value, DOTTED));
            }
            var written = WRITTEN.matcher(value);
            if (written.matches()) {
                return written(written);
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A date found in a line of text, with where it stands. */
    record Found(LocalDate date, int start, int end) {}

    /** Every valid date written in the text, in order; impossible ones ({@code 31.02.2024}) are left out. */
    static List<Found> findAll(String text) {
        var out = new ArrayList<Found>();
        Matcher m = DATE_TOKEN.matcher(text);
        while (m.find()) {
            parse(m.group().replaceAll("\\s+", " ")).ifPresent(d -> out.add(new Found(d, m.start(), m.end())));
        }
        return out;
    }

    private static Optional<LocalDate> written(Matcher m) {
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
