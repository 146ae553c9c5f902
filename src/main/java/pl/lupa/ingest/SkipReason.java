package pl.lupa.ingest;

/** Why an input (a file or one JSON Lines record) was not indexed. Grouped in the job summary. */
public enum SkipReason {
    EMPTY("empty article"),
    BINARY("binary file"),
    TOO_LARGE("over the size limit"),
    UNREADABLE("unreadable"),
    UNSUPPORTED("unsupported file type"),
    MALFORMED("malformed content"),
    DUPLICATE_ID("duplicate id");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
