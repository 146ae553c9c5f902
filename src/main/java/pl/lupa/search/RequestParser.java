package pl.lupa.search;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import pl.lupa.index.UsdBucket;

/**
 * Turns request parameters (as the HTTP query string gives them, or as the CLI collects them)
 * into a {@link SearchRequest}, or says which parameter is wrong and why. The one place where
 * parameters are validated.
 */
public final class RequestParser {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final int MAX_VALUE_LENGTH = 200;

    private RequestParser() {
    }

    public static SearchRequest parse(Map<String, List<String>> params) {
        String q = single(params, "q");
        if (q != null && q.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "query is longer than " + SearchRequest.MAX_QUERY_LENGTH + " characters");
        }
        String query = q == null ? "" : clean(q);
        var companies = new ArrayList<String>();
        for (String c : params.getOrDefault("company", List.of())) {
            String name = clean(c).strip();
            if (name.isEmpty() || name.length() > MAX_VALUE_LENGTH) {
                throw new BadParameterException("company", "company must be a name of 1 to " + MAX_VALUE_LENGTH + " characters");
            }
            if (!companies.contains(name)) {
                companies.add(name);
            }
        }
        LocalDate from = period(single(params, "from"), "from", true);
        LocalDate to = period(single(params, "to"), "to", false);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "from is after to");
        }
        Long usdMin = dollars(single(params, "usdMin"), "usdMin");
        Long usdMax = dollars(single(params, "usdMax"), "usdMax");
        if (usdMin != null && usdMax != null && usdMin > usdMax) {
            throw new BadParameterException("usdMin", "usdMin is greater than usdMax");
        }
        var buckets = new ArrayList<String>();
        for (String key : params.getOrDefault("usd", List.of())) {
            if (UsdBucket.byKey(key).isEmpty()) {
                throw new BadParameterException("usd", "unknown dollar bucket; one of lt1M, 1M-10M, 10M-100M, 100M-1B, 1B-10B, gte10B");
            }
            if (!buckets.contains(key)) {
                buckets.add(key);
            }
        }
        SearchRequest.Sort sort = sort(single(params, "sort"));
        int size = integer(single(params, "size"), "size", 10, 1, SearchRequest.MAX_SIZE);
        int page = integer(single(params, "page"), "page", 1, 1, Integer.MAX_VALUE);
        if ((long) page * size > SearchRequest.MAX_DEPTH) {
            throw new BadParameterException("page", "results past the " + SearchRequest.MAX_DEPTH
                    + "th hit are not served; narrow the search instead");
        }
        int facetSize = integer(single(params, "facetSize"), "facetSize", 10, 1, SearchRequest.MAX_FACET_SIZE);
        boolean facets = flag(single(params, "facets"), "facets");
        boolean snippets = flag(single(params, "snippets"), "snippets");
        return new SearchRequest(query, companies, from, to, usdMin, usdMax, buckets, sort, page, size, facetSize, facets, snippets);
    }

    /** {@code true} or {@code false}; missing or empty means true. */
    private static boolean flag(String value, String param) {
        if (value == null || value.isBlank() || value.strip().equals("true")) {
            return true;
        }
        if (value.strip().equals("false")) {
            return false;
        }
        throw new BadParameterException(param, param + " must be true or false");
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadParameterException(name, name + " is given more than once");
        }
        return values.get(0);
    }

    /** Control characters (NUL and the like) are no part of a query: they become spaces. */
    private static String clean(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE && !validSurrogate(s, i) ? ' ' : c);
        }
        return sb.toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: its first day, or its last for {@code to}. */
    static LocalDate period(String value, String param, boolean start) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var m = PERIOD.matcher(value.strip());
        if (!m.matches()) {
            throw new BadParameterException(param, param + " must be YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            var month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            return month.atDay(Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new BadParameterException(param, param + " is not a calendar date");
        }
    }

    private static Long dollars(String value, String param) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var amount = new BigDecimal(value.strip());
            if (amount.signum() < 0) {
                throw new BadParameterException(param, param + " must not be negative");
            }
            return amount.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadParameterException(param, param + " must be a whole number of dollars");
        }
    }

    private static SearchRequest.Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw new BadParameterException("sort", "sort must be relevance or date");
        };
    }

    private static int integer(String value, String param, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new BadParameterException(param, param + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException(param, param + " must be a whole number between " + min + " and " + max);
        }
    }
}
