package pl.lupa.extract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date named in the text, resolved against the publication date where it is relative.
 *
 * @param text  the exact substring of the text, e.g. {@code marcu tego roku}
 * @param value with the precision the text gives: {@code 2024}, {@code 2024-03} or {@code 2024-03-15}
 */
public record DateMention(String text, String value) {

    /** Compiled once: every date found during indexing passes through this check. */
    private static final Pattern VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (!VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("date value must be YYYY, YYYY-MM or YYYY-MM-DD: " + value);
        }
    }
}
