package pl.lupa.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import pl.lupa.index.ArticleSchema;
import pl.lupa.index.UsdBucket;

/**
 * Turns facet counts into the lists a reader sees: most frequent first (months newest first),
 * at most {@code facetSize} values, every selected value listed (with a count of 0 when it
 * matches nothing now, so it can be unticked), dollar buckets with their Polish labels, and a
 * renamed company with the former names its articles use ("X Corp. (dawniej Twitter)").
 */
final class FacetPresenter {

    private FacetPresenter() {}

    /** Every dimension, in {@link ArticleSchema#DIMENSIONS} order; empty lists when not counted. */
    static Map<String, List<FacetValue>> present(Facets facets, SearchRequest request, CompanyNames companies)
            throws IOException {
        var out = new LinkedHashMap<String, List<FacetValue>>();
        for (String dim : ArticleSchema.DIMENSIONS) {
            out.put(dim, facets == null ? List.of() : values(facets, dim, request, companies));
        }
        return out;
    }

    /** Every dimension with no values: what a search that was not counted shows. */
    static Map<String, List<FacetValue>> none() {
        var out = new LinkedHashMap<String, List<FacetValue>>();
        ArticleSchema.DIMENSIONS.forEach(d -> out.put(d, List.of()));
        return out;
    }

    /** Every dimension from counts taken elsewhere (a SolrCloud collection's facets), dimension → values. */
    static Map<String, List<FacetValue>> present(
            Map<String, List<LabelAndValue>> counts, SearchRequest request, CompanyNames companies) {
        var out = new LinkedHashMap<String, List<FacetValue>>();
        for (String dim : ArticleSchema.DIMENSIONS) {
            out.put(dim, values(new ArrayList<>(counts.getOrDefault(dim, List.of())), dim, request, companies));
        }
        return out;
    }

    private static List<FacetValue> values(Facets facets, String dim, SearchRequest request, CompanyNames companies)
            throws IOException {
        List<LabelAndValue> values;
        try {
            FacetResult all = facets.getAllChildren(dim);
            values = all == null ? new ArrayList<>() : new ArrayList<>(List.of(all.labelValues));
        } catch (IllegalArgumentException notIndexed) {
            return List.of(); // no document has this dimension yet
        }
        return values(values, dim, request, companies);
    }

    private static List<FacetValue> values(
            List<LabelAndValue> values, String dim, SearchRequest request, CompanyNames companies) {
        Comparator<LabelAndValue> order = dim.equals(ArticleSchema.DIM_MONTH)
                ? Comparator.comparing((LabelAndValue lv) -> lv.label).reversed()
                : Comparator.comparing((LabelAndValue lv) -> lv.value.longValue())
                        .reversed()
                        .thenComparing(lv -> lv.label);
        values.sort(order);
        var result = new ArrayList<FacetValue>();
        for (LabelAndValue lv : values) {
            boolean selected = selected(dim, lv.label, request);
            if (result.size() < request.facetSize() || selected) {
                result.add(new FacetValue(lv.label, label(dim, lv.label, companies), lv.value.longValue(), selected));
            }
        }
        for (String value : selectedValues(dim, request)) {
            if (result.stream().noneMatch(f -> f.value().equals(value))) {
                result.add(new FacetValue(value, label(dim, value, companies), 0, true));
            }
        }
        return result;
    }

    private static List<String> selectedValues(String dim, SearchRequest request) {
        return switch (dim) {
            case ArticleSchema.DIM_COMPANY -> request.companies();
            case ArticleSchema.DIM_USD -> request.usdBuckets();
            default -> List.of();
        };
    }

    private static boolean selected(String dim, String value, SearchRequest request) {
        return switch (dim) {
            case ArticleSchema.DIM_COMPANY -> request.companies().contains(value);
            case ArticleSchema.DIM_USD -> request.usdBuckets().contains(value);
            case ArticleSchema.DIM_YEAR -> {
                int year = Integer.parseInt(value);
                yield covers(request, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            case ArticleSchema.DIM_MONTH -> {
                var first = LocalDate.parse(value + "-01");
                yield covers(request, first, first.withDayOfMonth(first.lengthOfMonth()));
            }
            default -> false;
        };
    }

    /** Whether the request's date range is exactly this period. */
    private static boolean covers(SearchRequest request, LocalDate first, LocalDate last) {
        return first.equals(request.from()) && last.equals(request.to());
    }

    private static String label(String dim, String value, CompanyNames companies) {
        return switch (dim) {
            case ArticleSchema.DIM_USD ->
                UsdBucket.byKey(value).map(UsdBucket::label).orElse(value);
            case ArticleSchema.DIM_COMPANY -> {
                List<String> former = companies.formerNamesOf(value);
                yield former.isEmpty() ? null : value + " (dawniej " + String.join(", ", former) + ")";
            }
            default -> null;
        };
    }
}
