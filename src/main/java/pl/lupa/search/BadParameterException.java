package pl.lupa.search;

/** A request parameter that cannot be used; the server answers 400 with both fields. */
public final class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String param;

    public BadParameterException(String param, String message) {
        super(message);
        this.param = param;
    }

    public String param() {
        return param;
    }
}
