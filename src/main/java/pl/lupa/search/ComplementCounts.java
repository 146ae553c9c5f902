package pl.lupa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Sorted-set facet counts that, when a query matches most of the index, count the documents it
 * did not match and subtract them from the counts of the whole index. The result is exact and
 * the same as counting the matches; the work is proportional to the smaller side. A query for a
 * word in nine articles of ten counts one article in ten.
 *
 * <p>The whole index's counts are taken once per reader ({@link AllCounts}), the first time a
 * query needs them.
 */
final class ComplementCounts {

    private ComplementCounts() {}

    /** The number of documents a collector collected, over all segments. */
    static long matched(FacetsCollector hits) {
        return hits.getMatchingDocs().stream().mapToLong(md -> md.totalHits).sum();
    }

    /** The counts of the collected matches, from whichever side is smaller. */
    static Facets count(
            SortedSetDocValuesReaderState state, FacetsCollector hits, IndexReader reader, Supplier<AllCounts> all)
            throws IOException {
        if (matched(hits) * 2 <= reader.numDocs()) {
            return new SortedSetDocValuesFacetCounts(state, hits);
        }
        var missed = new SortedSetDocValuesFacetCounts(state, complement(hits, reader));
        return new Subtracted(all.get(), missed, state.getFacetsConfig());
    }

    /** Every live document of the reader that the collector did not collect. */
    static FacetsCollector complement(FacetsCollector hits, IndexReader reader) throws IOException {
        var matchedByLeaf = new HashMap<Integer, DocIdSet>();
        for (MatchingDocs md : hits.getMatchingDocs()) {
            matchedByLeaf.put(md.context.ord, md.bits);
        }
        var docs = new ArrayList<MatchingDocs>();
        for (LeafReaderContext leaf : reader.leaves()) {
            int maxDoc = leaf.reader().maxDoc();
            var bits = new FixedBitSet(maxDoc);
            bits.set(0, maxDoc);
            Bits live = leaf.reader().getLiveDocs();
            if (live != null) {
                for (int doc = 0; doc < maxDoc; doc++) {
                    if (!live.get(doc)) {
                        bits.clear(doc);
                    }
                }
            }
            DocIdSet matched = matchedByLeaf.get(leaf.ord);
            DocIdSetIterator it = matched == null ? null : matched.iterator();
            if (it != null) {
                bits.andNot(it);
            }
            int count = bits.cardinality();
            if (count > 0) {
                docs.add(new MatchingDocs(leaf, new BitDocIdSet(bits, count), count, null));
            }
        }
        return new Collected(docs);
    }

    /** A collector's result made by hand: Lucene's counts read nothing but the matching docs. */
    private static final class Collected extends FacetsCollector {
        private final List<MatchingDocs> docs;

        Collected(List<MatchingDocs> docs) {
            this.docs = docs;
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() {
            return docs;
        }
    }

    /**
     * The facet counts of every live document, per dimension and value. Immutable, so one copy
     * serves all searches of a reader (Lucene's counts look labels up through a stateful reader
     * and cannot be shared between threads).
     */
    record AllCounts(Map<String, Map<String, Integer>> byDim) {

        static AllCounts of(SortedSetDocValuesReaderState state) throws IOException {
            var counts = new SortedSetDocValuesFacetCounts(state);
            var byDim = new LinkedHashMap<String, Map<String, Integer>>();
            for (String dim : state.getDims()) {
                FacetResult result = counts.getAllChildren(dim);
                var values = new LinkedHashMap<String, Integer>();
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        values.put(lv.label, lv.value.intValue());
                    }
                }
                byDim.put(dim, Collections.unmodifiableMap(values));
            }
            return new AllCounts(Collections.unmodifiableMap(byDim));
        }
    }

    /** The whole index's counts minus the missed documents' counts; values that drop to zero are left out. */
    private static final class Subtracted extends Facets {
        private final AllCounts all;
        private final Facets missed;
        private final FacetsConfig config;

        Subtracted(AllCounts all, Facets missed, FacetsConfig config) {
            this.all = all;
            this.missed = missed;
            this.config = config;
        }

        @Override
        public FacetResult getAllChildren(String dim, String... path) throws IOException {
            Map<String, Integer> values = values(dim, path);
            if (values.isEmpty()) {
                return null;
            }
            var labels = new ArrayList<LabelAndValue>(values.size());
            int sum = 0;
            for (var e : values.entrySet()) {
                labels.add(new LabelAndValue(e.getKey(), e.getValue()));
                sum += e.getValue();
            }
            // As Lucene's counts give it: a multi-valued dimension has no single document count.
            int value = config.getDimConfig(dim).multiValued ? -1 : sum;
            return new FacetResult(dim, path, value, labels.toArray(LabelAndValue[]::new), labels.size());
        }

        @Override
        public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
            FacetResult result = getAllChildren(dim, path);
            if (result == null) {
                return null;
            }
            var labels = new ArrayList<>(List.of(result.labelValues));
            labels.sort(Comparator.comparing((LabelAndValue lv) -> lv.value.intValue())
                    .reversed()
                    .thenComparing(lv -> lv.label));
            var top = labels.subList(0, Math.min(topN, labels.size())).toArray(LabelAndValue[]::new);
            return new FacetResult(dim, path, result.value, top, result.childCount);
        }

        @Override
        public Number getSpecificValue(String dim, String... path) throws IOException {
            if (path.length != 1) {
                throw new IllegalArgumentException("flat dimensions only: give one value");
            }
            Integer count = values(dim).get(path[0]);
            return count == null ? 0 : count;
        }

        @Override
        public List<FacetResult> getAllDims(int topN) throws IOException {
            var out = new ArrayList<FacetResult>();
            for (String dim : all.byDim().keySet()) {
                FacetResult result = getTopChildren(topN, dim);
                if (result != null) {
                    out.add(result);
                }
            }
            return out;
        }

        /** Value → count in the matches, counts above zero only, in the whole index's order. */
        private Map<String, Integer> values(String dim, String... path) throws IOException {
            if (path.length != 0) {
                throw new IllegalArgumentException("flat dimensions only: no path below " + dim);
            }
            Map<String, Integer> total = all.byDim().get(dim);
            if (total == null) {
                throw new IllegalArgumentException("dimension \"" + dim + "\" was not indexed");
            }
            var missedCounts = new HashMap<String, Integer>();
            FacetResult missedResult = missed.getAllChildren(dim);
            if (missedResult != null) {
                for (LabelAndValue lv : missedResult.labelValues) {
                    missedCounts.put(lv.label, lv.value.intValue());
                }
            }
            var out = new LinkedHashMap<String, Integer>();
            total.forEach((label, count) -> {
                int left = count - missedCounts.getOrDefault(label, 0);
                if (left > 0) {
                    out.put(label, left);
                }
            });
            return out;
        }
    }
}
