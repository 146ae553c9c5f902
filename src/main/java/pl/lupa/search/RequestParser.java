package pl.lupa.search;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns request parameters (as the HTTP query string gives them, or as the CLI collects them)
 * into a {@link SearchRequest}, or says which parameter is wrong and why. The one place where
 * parameters are validated; what each one accepts is defined in {@link SearchParam}. Names that
 * are no parameter are ignored, as web servers do.
 */
public final class RequestParser {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private RequestParser() {}

    public static SearchRequest parse(Map<String, List<String>> params) {
        var b = SearchRequest.builder();
        for (SearchParam param : SearchParam.values()) {
            List<String> values = params.getOrDefault(param.paramName(), List.of());
            if (param.repeatable()) {
                for (String value : distinct(values)) {
                    apply(b, param, value);
                }
            } else if (values.size() > 1) {
                throw new BadParameterException(param.paramName(), param.paramName() + " is given more than once");
            } else if (!values.isEmpty() && values.get(0) != null) {
                apply(b, param, values.get(0));
            }
        }
        SearchRequest request = b.build();
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            throw new BadParameterException("from", "from is after to");
        }
        if (request.usdMin() != null && request.usdMax() != null && request.usdMin() > request.usdMax()) {
            throw new BadParameterException("usdMin", "usdMin is greater than usdMax");
        }
        if ((long) request.page() * request.size() > SearchRequest.MAX_DEPTH) {
            throw new BadParameterException(
                    "page",
                    "results past the " + SearchRequest.MAX_DEPTH + "th hit are not served; narrow the search instead");
        }
        return request;
    }

    /** Sets one parameter's value on the request; a blank value of a single parameter means its default. */
    private static void apply(SearchRequest.Builder b, SearchParam param, String raw) {
        if (raw.isBlank() && !param.repeatable() && param.type() != SearchParam.Type.TEXT) {
            return;
        }
        switch (param) {
            case QUERY -> b.query(text(param, raw));
            case COMPANY -> b.company(name(param, raw));
            case FROM, TO -> {
                LocalDate day = period(raw, param.paramName(), param.type() == SearchParam.Type.PERIOD_START);
                if (param == SearchParam.FROM) {
                    b.from(day);
                } else {
                    b.to(day);
                }
            }
            case USD_MIN -> b.usdMin(dollars(raw, param.paramName()));
            case USD_MAX -> b.usdMax(dollars(raw, param.paramName()));
            case USD_BUCKET -> b.usdBucket(choice(param, raw));
            case SORT ->
                b.sort(SearchRequest.Sort.valueOf(
                        choice(param, raw).toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
            case PAGE -> b.page(integer(param, raw));
            case SIZE -> b.size(integer(param, raw));
            case FACET_SIZE -> b.facetSize(integer(param, raw));
            case FACETS -> b.facets(flag(param, raw));
            case SNIPPETS -> b.snippets(flag(param, raw));
            case COMPANY_MODE ->
                b.companyMode(
                        SearchRequest.CompanyMode.valueOf(choice(param, raw).toUpperCase(java.util.Locale.ROOT)));
            case GROUP -> b.group(flag(param, raw));
            case TIMELINE ->
                b.timeline(SearchRequest.Timeline.valueOf(choice(param, raw).toUpperCase(java.util.Locale.ROOT)));
        }
    }

    private static List<String> distinct(List<String> values) {
        var out = new ArrayList<String>();
        for (String v : values) {
            if (v != null && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static String text(SearchParam param, String raw) {
        if (raw.length() > param.max()) {
            throw new BadParameterException(param.paramName(), "query is longer than " + param.max() + " characters");
        }
        return clean(raw);
    }

    private static String name(SearchParam param, String raw) {
        String name = clean(raw).strip();
        if (name.length() < param.min() || name.length() > param.max()) {
            throw new BadParameterException(
                    param.paramName(),
                    param.paramName() + " must be a name of " + param.min() + " to " + param.max() + " characters");
        }
        return name;
    }

    /** {@code true} or {@code false}. */
    private static boolean flag(SearchParam param, String raw) {
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameterException(param.paramName(), param.paramName() + " must be true or false");
        };
    }

    /** One of the parameter's choices, as the list spells it; case does not matter. */
    private static String choice(SearchParam param, String raw) {
        String value = raw.strip();
        for (String c : param.choices()) {
            if (c.equalsIgnoreCase(value)) {
                return c;
            }
        }
        List<String> choices = param.choices();
        String allowed =
                choices.size() == 2 ? choices.get(0) + " or " + choices.get(1) : "one of " + String.join(", ", choices);
        throw new BadParameterException(param.paramName(), param.paramName() + " must be " + allowed);
    }

    /** Control characters (NUL and the like) are no part of a query: they become spaces. */
    private static String clean(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(
                    Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE && !validSurrogate(s, i)
                            ? ' '
                            : c);
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

    private static int integer(SearchParam param, String value) {
        String name = param.paramName();
        try {
            int n = Integer.parseInt(value.strip());
            if (n < param.min() || n > param.max()) {
                throw new BadParameterException(name, name + " must be between " + param.min() + " and " + param.max());
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException(
                    name, name + " must be a whole number between " + param.min() + " and " + param.max());
        }
    }
}
