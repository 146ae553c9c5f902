package pl.lupa.search;

import java.util.List;

/**
 * A request parameter that cannot be used; the server answers 400 with both fields, and with the
 * values that would have worked when there are some to offer (the closest company names).
 */
public final class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String param;
    private final String value;
    private final List<String> suggestions;

    public BadParameterException(String param, String message) {
        this(param, message, null, List.of());
    }

    /** @param value the value at fault, when the parameter has several */
    public BadParameterException(String param, String message, String value, List<String> suggestions) {
        super(message);
        this.param = param;
        this.value = value;
        this.suggestions = List.copyOf(suggestions);
    }

    public String param() {
        return param;
    }

    /** The value at fault, or null. */
    public String value() {
        return value;
    }

    /** Values of {@link #param()} that exist and are close to the one given; often empty. */
    public List<String> suggestions() {
        return suggestions;
    }
}
