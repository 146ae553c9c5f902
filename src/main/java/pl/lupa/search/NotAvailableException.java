package pl.lupa.search;

/** A feature the backend in use does not offer (yet): an HTTP 501 with this message. */
public final class NotAvailableException extends RuntimeException {

    public NotAvailableException(String message) {
        super(message);
    }
}
