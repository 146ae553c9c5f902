package pl.lupa.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A dateline: a line that says when, and perhaps where, and nothing else —
 * {@code 26.07.2024, 08:45}, {@code 2024-07-26 08:45}, {@code Warszawa, 03.03.2025, 10:15},
 * {@code Kraków, 12 marca 2024 r.}. Scraped texts and agency wires carry one under the headline;
 * it is the publication date and no part of the body.
 */
final class Datelines {

    /** A place: up to four capitalised words ({@code Zielona Góra}, {@code Bielsko-Biała}, {@code Nowy Jork}). */
    private static final String PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|nad|pod)){0,3}";

    private static final Pattern DATELINE = Pattern.compile("^(?:" + PLACE + "\\s*,\\s*)?("
            + PublicationDates.DATE_IN_TEXT + ")(?:\\s*r\\.)?(?:,?\\s+(?:godz\\.\\s*)?\\d{1,2}:\\d{2})?$");

    private Datelines() {}

    /** The date of a dateline, or empty when the line is anything else. */
    static Optional<LocalDate> parse(String line) {
        var m = DATELINE.matcher(line.strip());
        return m.matches() ? PublicationDates.parse(m.group(1).replaceAll("\\s+", " ")) : Optional.empty();
    }
}
