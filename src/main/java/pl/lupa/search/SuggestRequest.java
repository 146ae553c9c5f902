package pl.lupa.search;

import java.util.List;
import java.util.Map;

/**
 * The parameters of {@code /api/suggest}: {@code q}, the text typed so far, and {@code size},
 * how many suggestions at most (1..{@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}).
 */
public record SuggestRequest(String prefix, int size) {

    public static final int DEFAULT_SIZE = 8;
    public static final int MAX_SIZE = 20;
    /** Longer text is no prefix anyone is still typing. */
    public static final int MAX_PREFIX_LENGTH = 100;

    public SuggestRequest {
        if (prefix.length() > MAX_PREFIX_LENGTH) {
            throw new BadParameterException("q", "q may be at most " + MAX_PREFIX_LENGTH + " characters");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    /** The request of a query string's parameters; unknown ones are ignored, as by {@code /api/search}. */
    public static SuggestRequest parse(Map<String, List<String>> params) {
        String q = single(params, "q", "");
        String size = single(params, "size", null);
        int n = DEFAULT_SIZE;
        if (size != null) {
            try {
                n = Integer.parseInt(size.strip());
            } catch (NumberFormatException e) {
                throw new BadParameterException("size", "size must be a whole number between 1 and " + MAX_SIZE);
            }
        }
        return new SuggestRequest(q, n);
    }

    private static String single(Map<String, List<String>> params, String name, String absent) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new BadParameterException(name, name + " is given more than once");
        }
        return values.isEmpty() ? absent : values.get(0);
    }
}
