package pl.lupa.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses the publication date formats found in front matter, HTML meta tags and feeds. */
final class PublicationDates {

    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu");

    private PublicationDates() {}

    /** A date from {@code 2024-10-15}, {@code 2024-10-15T08:30:00+02:00} or {@code 15.10.2024}. */
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
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
