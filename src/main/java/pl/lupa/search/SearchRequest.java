package pl.lupa.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated search: what {@code /api/search} and {@code lupa search} accept ({@link SearchParam}
 * lists and explains each parameter; {@link RequestParser} validates them).
 *
 * @param query      the user's query text; empty (or {@code *}, {@code *:*}) means every document,
 *                   newest first
 * @param companies  canonical company names; documents mentioning any of them
 * @param from       first publication day, inclusive, or null
 * @param to         last publication day, inclusive, or null
 * @param usdMin     smallest dollar amount, inclusive, or null
 * @param usdMax     largest dollar amount, inclusive, or null
 * @param usdBuckets bucket keys; documents with an amount in any of them
 * @param sort       null for the default: relevance with a query, date without
 * @param facets     count the facets; without them the total is exact only up to
 *                   {@link #EXACT_TOTAL_UP_TO} and the top hits need not visit every match
 * @param snippets   highlight the hits' text; without, {@code snippets} is empty and the title
 *                   is plain (escaped) text
 * @param companyMode whether an article must mention any of {@code companies} or all of them
 * @param timeline   count the matches per month or year (under every filter but the dates), or
 *                   null for no timeline
 * @param group      fold the near-duplicates of a page into its highest hit of each story
 */
public record SearchRequest(
        String query,
        List<String> companies,
        LocalDate from,
        LocalDate to,
        Long usdMin,
        Long usdMax,
        List<String> usdBuckets,
        Sort sort,
        int page,
        int size,
        int facetSize,
        boolean facets,
        boolean snippets,
        CompanyMode companyMode,
        Timeline timeline,
        boolean group) {

    public static final int MAX_QUERY_LENGTH = 1000;
    /** Longest company name a filter may give. */
    public static final int MAX_NAME_LENGTH = 200;

    public static final int MAX_SIZE = 100;
    public static final int MAX_FACET_SIZE = 200;
    /** Deepest hit a page may reach: deeper pages cost more than they are worth. */
    public static final int MAX_DEPTH = 10_000;
    /** Without facets, matches are counted exactly up to this many; past it the total is a lower bound. */
    public static final int EXACT_TOTAL_UP_TO = 1_000;

    public enum Sort {
        RELEVANCE,
        DATE,
        /** Oldest first. */
        DATE_ASC,
        /** Largest US-dollar sum first; articles without one last, newest first among equals. */
        USD;

        /** The parameter's spelling: {@code date-asc}. */
        public String paramValue() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** How several {@code company} values combine. */
    public enum CompanyMode {
        /** Articles mentioning at least one of them. */
        ANY,
        /** Articles mentioning every one of them. */
        ALL
    }

    /** The periods of a timeline. */
    public enum Timeline {
        MONTH,
        YEAR
    }

    /** "*", "*:*" and the like: what users type for "everything". */
    private static final java.util.regex.Pattern EVERYTHING = java.util.regex.Pattern.compile("[*\\s]+(:[*\\s]*)?");

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (EVERYTHING.matcher(query).matches()) {
            query = ""; // every article, newest first
        }
        companies = List.copyOf(companies);
        usdBuckets = List.copyOf(usdBuckets);
        companyMode = companyMode == null ? CompanyMode.ANY : companyMode;
    }

    /** A search for a query text with every other parameter at its default. */
    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same request without facet counts: for passes whose counts nobody reads. */
    SearchRequest withCompanies(List<String> canonical) {
        return new SearchRequest(
                query,
                canonical,
                from,
                to,
                usdMin,
                usdMax,
                usdBuckets,
                sort,
                page,
                size,
                facetSize,
                facets,
                snippets,
                companyMode,
                timeline,
                group);
    }

    SearchRequest withoutFacets() {
        return new SearchRequest(
                query,
                companies,
                from,
                to,
                usdMin,
                usdMax,
                usdBuckets,
                sort,
                page,
                size,
                facetSize,
                false,
                snippets,
                companyMode,
                timeline,
                group);
    }

    /** Another query under the same filters, counted only: one hit, no facets, no snippets. */
    SearchRequest countOf(String otherQuery) {
        return toBuilder()
                .query(otherQuery)
                .page(1)
                .size(1)
                .facets(false)
                .snippets(false)
                .timeline(null)
                .group(false)
                .build();
    }

    public Sort effectiveSort() {
        return sort != null ? sort : query.isEmpty() ? Sort.DATE : Sort.RELEVANCE;
    }

    /** Builds a request; unset parameters take the defaults of {@link SearchParam}. */
    public static final class Builder {
        private String query = "";
        private final List<String> companies = new ArrayList<>();
        private LocalDate from;
        private LocalDate to;
        private Long usdMin;
        private Long usdMax;
        private final List<String> usdBuckets = new ArrayList<>();
        private Sort sort;
        private int page = Integer.parseInt(SearchParam.PAGE.defaultValue());
        private int size = Integer.parseInt(SearchParam.SIZE.defaultValue());
        private int facetSize = Integer.parseInt(SearchParam.FACET_SIZE.defaultValue());
        private boolean facets = Boolean.parseBoolean(SearchParam.FACETS.defaultValue());
        private boolean snippets = Boolean.parseBoolean(SearchParam.SNIPPETS.defaultValue());
        private CompanyMode companyMode = CompanyMode.ANY;
        private Timeline timeline;
        private boolean group = Boolean.parseBoolean(SearchParam.GROUP.defaultValue());

        private Builder() {}

        public Builder query(String query) {
            this.query = query;
            return this;
        }

        public Builder company(String company) {
            companies.add(company);
            return this;
        }

        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        public Builder to(LocalDate to) {
            this.to = to;
            return this;
        }

        public Builder usdMin(Long usdMin) {
            this.usdMin = usdMin;
            return this;
        }

        public Builder usdMax(Long usdMax) {
            this.usdMax = usdMax;
            return this;
        }

        public Builder usdBucket(String key) {
            usdBuckets.add(key);
            return this;
        }

        public Builder sort(Sort sort) {
            this.sort = sort;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public Builder facetSize(int facetSize) {
            this.facetSize = facetSize;
            return this;
        }

        public Builder facets(boolean facets) {
            this.facets = facets;
            return this;
        }

        public Builder snippets(boolean snippets) {
            this.snippets = snippets;
            return this;
        }

        public Builder companyMode(CompanyMode companyMode) {
            this.companyMode = companyMode;
            return this;
        }

        public Builder timeline(Timeline timeline) {
            this.timeline = timeline;
            return this;
        }

        public Builder group(boolean group) {
            this.group = group;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(
                    query,
                    companies,
                    from,
                    to,
                    usdMin,
                    usdMax,
                    usdBuckets,
                    sort,
                    page,
                    size,
                    facetSize,
                    facets,
                    snippets,
                    companyMode,
                    timeline,
                    group);
        }
    }

    /** A builder holding every parameter of this request, to derive another from it. */
    public Builder toBuilder() {
        var b = builder()
                .query(query)
                .from(from)
                .to(to)
                .usdMin(usdMin)
                .usdMax(usdMax)
                .sort(sort)
                .page(page)
                .size(size)
                .facetSize(facetSize)
                .facets(facets)
                .snippets(snippets)
                .companyMode(companyMode)
                .timeline(timeline)
                .group(group);
        companies.forEach(b::company);
        usdBuckets.forEach(b::usdBucket);
        return b;
    }
}
