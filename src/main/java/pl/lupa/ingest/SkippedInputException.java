package pl.lupa.ingest;

/**
 * An input that cannot become an article. Thrown by readers, counted and reported by the index
 * job, which then goes on with the next input.
 */
public final class SkippedInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final SkipReason reason;

    public SkippedInputException(SkipReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public SkipReason reason() {
        return reason;
    }
}
