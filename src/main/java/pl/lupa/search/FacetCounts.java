package pl.lupa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Counts of flat facet dimensions over one collector's matches, from {@link FacetOrdinals}.
 * Answers like Lucene's sorted-set facet counts: values with a count above zero, a dimension's
 * value the number of matches that have it (or -1 for multi-valued dimensions), null for a
 * dimension no match has.
 */
final class FacetCounts extends Facets {

    private static final Comparator<LabelAndValue> BY_COUNT =
            Comparator.comparing((LabelAndValue lv) -> lv.value.intValue()).reversed().thenComparing(lv -> lv.label);

    private final FacetOrdinals ordinals;
    private final FacetsConfig config;
    private final int[] counts;

    FacetCounts(FacetOrdinals ordinals, FacetsConfig config, FacetsCollector matches) throws IOException {
        this.ordinals = ordinals;
        this.config = config;
        this.counts = ordinals.count(matches.getMatchingDocs());
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
        requireFlat(path);
        int[] range = ordinals.range(dim);
        if (range == null) {
            return null;
        }
        var values = new ArrayList<LabelAndValue>();
        int sum = 0;
        for (int id = range[0]; id < range[1]; id++) {
            if (counts[id] > 0) {
                values.add(new LabelAndValue(ordinals.label(id), counts[id]));
                sum += counts[id];
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        int value = config.getDimConfig(dim).multiValued ? -1 : sum;
        return new FacetResult(dim, new String[0], value, values.toArray(LabelAndValue[]::new), values.size());
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) {
        validateTopN(topN);
        FacetResult all = getAllChildren(dim, path);
        if (all == null) {
            return null;
        }
        List<LabelAndValue> sorted = new ArrayList<>(List.of(all.labelValues));
        sorted.sort(BY_COUNT);
        var top = sorted.subList(0, Math.min(topN, sorted.size())).toArray(LabelAndValue[]::new);
        return new FacetResult(dim, new String[0], all.value, top, all.childCount);
    }

    @Override
    public Number getSpecificValue(String dim, String... path) {
        if (path.length != 1) {
            throw new IllegalArgumentException("flat dimensions have one value per path, got " + path.length);
        }
        int id = ordinals.id(dim, path[0]);
        return id < 0 ? -1 : counts[id];
    }

    @Override
    public List<FacetResult> getAllDims(int topN) {
        validateTopN(topN);
        var out = new ArrayList<FacetResult>();
        for (String dim : ordinals.dims()) {
            FacetResult r = getTopChildren(topN, dim);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static void requireFlat(String... path) {
        if (path.length != 0) {
            throw new IllegalArgumentException("Lupa's facet dimensions are flat; no path below a dimension");
        }
    }
}
