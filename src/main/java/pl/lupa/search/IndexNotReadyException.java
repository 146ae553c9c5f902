package pl.lupa.search;

/** The index is missing, empty or unreadable: the server answers 503 until it is there. */
public final class IndexNotReadyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IndexNotReadyException(String message) {
        super(message);
    }
}
