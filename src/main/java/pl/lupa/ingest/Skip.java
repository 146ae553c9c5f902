package pl.lupa.ingest;

/**
 * A skipped input, for the report.
 *
 * @param where  the file id, with {@code :line} for a JSON Lines record
 * @param reason the group it is counted in
 * @param detail a human explanation
 */
public record Skip(String where, SkipReason reason, String detail) {

    public static Skip of(String where, SkippedInputException e) {
        return new Skip(where, e.reason(), e.getMessage());
    }
}
