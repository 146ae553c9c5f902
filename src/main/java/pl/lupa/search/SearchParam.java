package pl.lupa.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import pl.lupa.index.UsdBucket;

/**
 * Every parameter of a search, defined once: its HTTP name, type, range, default and help text.
 * {@link RequestParser} validates HTTP query strings and CLI options with it, {@code lupa search}
 * builds its options from it ({@link #cliOption()}), {@code /api/parameters} lists it for clients,
 * and the tests that throw junk at the API and check the page's URL state read it too. A new
 * parameter is one constant here and one field of {@link SearchRequest}.
 */
public enum SearchParam {
    QUERY(
            "q",
            Type.TEXT,
            "Words, \"phrases\", -exclusions, OR. Empty: every article, newest first.",
            "QUERY",
            null,
            List.of(),
            0,
            SearchRequest.MAX_QUERY_LENGTH),
    COMPANY(
            "company",
            Type.NAMES,
            "Only articles mentioning this company; repeat for any of several.",
            "NAME",
            null,
            List.of(),
            1,
            SearchRequest.MAX_NAME_LENGTH),
    FROM(
            "from",
            Type.PERIOD_START,
            "Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.",
            "DATE",
            null,
            List.of(),
            0,
            0),
    TO("to", Type.PERIOD_END, "Published on or before: YYYY, YYYY-MM or YYYY-MM-DD.", "DATE", null, List.of(), 0, 0),
    USD_MIN("usdMin", Type.DOLLARS, "Mentions a US-dollar amount of at least N dollars.", "N", null, List.of(), 0, 0),
    USD_MAX("usdMax", Type.DOLLARS, "Mentions a US-dollar amount of at most N dollars.", "N", null, List.of(), 0, 0),
    USD_BUCKET(
            "usd",
            Type.CHOICES,
            "Mentions a dollar amount in this bucket; repeat for any of several.",
            "BUCKET",
            null,
            UsdBucket.keys(),
            0,
            0),
    SORT(
            "sort",
            Type.CHOICE,
            "Order: relevance (default with a query), date (newest first; default without), date-asc (oldest"
                    + " first) or usd (largest dollar sum first).",
            "ORDER",
            null,
            java.util.Arrays.stream(SearchRequest.Sort.values())
                    .map(SearchRequest.Sort::paramValue)
                    .toList(),
            0,
            0),
    PAGE("page", Type.INTEGER, "Page of results, from 1.", "N", "1", List.of(), 1, Integer.MAX_VALUE),
    SIZE("size", Type.INTEGER, "Hits per page.", "N", "10", List.of(), 1, SearchRequest.MAX_SIZE),
    FACET_SIZE(
            "facetSize",
            Type.INTEGER,
            "Values listed per facet, most frequent first.",
            "N",
            "10",
            List.of(),
            1,
            SearchRequest.MAX_FACET_SIZE),
    FACETS(
            "facets",
            Type.FLAG,
            "Count the facets; false lists hits only, counting them exactly up to " + SearchRequest.EXACT_TOTAL_UP_TO
                    + ".",
            "true|false",
            "true",
            List.of("true", "false"),
            0,
            0),
    SNIPPETS(
            "snippets",
            Type.FLAG,
            "Highlight snippets; false gives plain titles and no snippets.",
            "true|false",
            "true",
            List.of("true", "false"),
            0,
            0),
    COMPANY_MODE(
            "companyMode",
            Type.CHOICE,
            "With several companies: any (articles mentioning one of them; default) or all (every one).",
            "any|all",
            "any",
            List.of("any", "all"),
            0,
            0),
    TIMELINE(
            "timeline",
            Type.CHOICE,
            "Count the matches per month or year, from the first to the last, under every filter but the dates.",
            "month|year",
            null,
            List.of("month", "year"),
            0,
            0),
    GROUP(
            "group",
            Type.FLAG,
            "Fold articles telling the same story (near-duplicates) into the highest hit of the page.",
            "true|false",
            "false",
            List.of("true", "false"),
            0,
            0);

    /** How a parameter's text is read. */
    public enum Type {
        /** Free text, at most {@code max} characters. */
        TEXT,
        /** Repeatable names of {@code min} to {@code max} characters. */
        NAMES,
        /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as the period's first day. */
        PERIOD_START,
        /** The same, as the period's last day. */
        PERIOD_END,
        /** A whole, non-negative number of dollars. */
        DOLLARS,
        /** One of {@code choices}. */
        CHOICE,
        /** Repeatable, each one of {@code choices}. */
        CHOICES,
        /** A whole number from {@code min} to {@code max}. */
        INTEGER,
        /** {@code true} or {@code false}. */
        FLAG
    }

    private final String name;
    private final Type type;
    private final String help;
    private final String label;
    private final String defaultValue;
    private final List<String> choices;
    private final int min;
    private final int max;

    SearchParam(
            String name,
            Type type,
            String help,
            String label,
            String defaultValue,
            List<String> choices,
            int min,
            int max) {
        this.name = name;
        this.type = type;
        this.help = help;
        this.label = label;
        this.defaultValue = defaultValue;
        this.choices = List.copyOf(choices);
        this.min = min;
        this.max = max;
    }

    /** The name in a query string: {@code usdMin}. */
    public String paramName() {
        return name;
    }

    public Type type() {
        return type;
    }

    public String help() {
        return help;
    }

    /** What the value is called in usage texts: {@code N}, {@code DATE}. */
    public String label() {
        return label;
    }

    /** The value used when the parameter is absent, or null when absence means "no filter". */
    public String defaultValue() {
        return defaultValue;
    }

    public List<String> choices() {
        return choices;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean repeatable() {
        return type == Type.NAMES || type == Type.CHOICES;
    }

    /** The CLI option of {@code lupa search}: {@code usdMin} is {@code --usd-min}; the query is positional. */
    public String cliOption() {
        return "--" + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The parameter with this query-string name, if any. */
    public static java.util.Optional<SearchParam> byName(String name) {
        for (SearchParam p : values()) {
            if (p.name.equals(name)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    /** The list as {@code /api/parameters} serves it. */
    public static List<Map<String, Object>> describeAll() {
        return java.util.Arrays.stream(values()).map(SearchParam::describe).collect(Collectors.toList());
    }

    private Map<String, Object> describe() {
        var out = new java.util.LinkedHashMap<String, Object>();
        out.put("name", name);
        out.put("type", type.name().toLowerCase(Locale.ROOT));
        out.put("repeatable", repeatable());
        if (defaultValue != null) {
            out.put("default", defaultValue);
        }
        if (!choices.isEmpty()) {
            out.put("choices", choices);
        }
        if (type == Type.INTEGER || type == Type.TEXT || type == Type.NAMES) {
            out.put("min", min);
            out.put("max", max);
        }
        out.put("help", help);
        return out;
    }
}
