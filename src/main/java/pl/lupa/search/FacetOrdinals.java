package pl.lupa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The facet values of every document of one reader, decoded from the sorted-set doc values once
 * and kept as plain arrays, so counting a query's matches is an array walk instead of a doc
 * values decode and an ordinal-map lookup per match (the largest facet cost at a million
 * documents).
 *
 * <p>Each value gets a global id in label order within its dimension; a segment's arrays hold
 * its own ordinals and are cached across reader refreshes (segments do not change), while the
 * small per-segment map to global ids is rebuilt with each reader.
 */
final class FacetOrdinals {

    /** One segment's values: document {@code d} has ordinals {@code ords[starts[d]..starts[d+1])}. */
    record Segment(int[] starts, int[] ords, String[] labels) {
        long bytes() {
            return 4L * (starts.length + ords.length);
        }
    }

    /** Segments by core key, shared by the readers of one index; evicted when a segment closes. */
    static final class Cache {
        private final Map<Object, Segment> segments = new ConcurrentHashMap<>();

        Segment segment(LeafReader leaf) throws IOException {
            var helper = leaf.getCoreCacheHelper();
            if (helper == null) {
                return decode(leaf);
            }
            Segment cached = segments.get(helper.getKey());
            if (cached == null) {
                cached = decode(leaf);
                if (segments.putIfAbsent(helper.getKey(), cached) == null) {
                    helper.addClosedListener(segments::remove);
                }
            }
            return cached;
        }

        int size() {
            return segments.size();
        }
    }

    private final Map<String, int[]> dimRanges; // dim → {first global id, end}
    private final String[] labels;              // global id → value label
    private final Segment[] segments;           // by leaf ord
    private final int[][] toGlobal;             // by leaf ord: segment ordinal → global id

    private FacetOrdinals(Map<String, int[]> dimRanges, String[] labels, Segment[] segments, int[][] toGlobal) {
        this.dimRanges = dimRanges;
        this.labels = labels;
        this.segments = segments;
        this.toGlobal = toGlobal;
    }

    /** Null when no document of the reader has a facet value. */
    static FacetOrdinals of(IndexReader reader, Cache cache) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        var segments = new Segment[leaves.size()];
        boolean any = false;
        var dimValues = new TreeMap<String, TreeSet<String>>();
        for (LeafReaderContext leaf : leaves) {
            Segment s = cache.segment(leaf.reader());
            segments[leaf.ord] = s;
            for (String label : s.labels()) {
                int sep = label.indexOf(FacetsConfig.DELIM_CHAR);
                if (sep < 0) {
                    continue; // a dimension's own entry
                }
                any = true;
                dimValues.computeIfAbsent(label.substring(0, sep), d -> new TreeSet<>()).add(label.substring(sep + 1));
            }
        }
        if (!any) {
            return null;
        }
        var dimRanges = new LinkedHashMap<String, int[]>();
        var labels = new ArrayList<String>();
        var ids = new HashMap<String, Integer>();
        for (var dim : dimValues.entrySet()) {
            int first = labels.size();
            for (String value : dim.getValue()) {
                ids.put(dim.getKey() + FacetsConfig.DELIM_CHAR + value, labels.size());
                labels.add(value);
            }
            dimRanges.put(dim.getKey(), new int[] {first, labels.size()});
        }
        var toGlobal = new int[segments.length][];
        for (int i = 0; i < segments.length; i++) {
            String[] segmentLabels = segments[i].labels();
            toGlobal[i] = new int[segmentLabels.length];
            for (int ord = 0; ord < segmentLabels.length; ord++) {
                toGlobal[i][ord] = ids.getOrDefault(segmentLabels[ord], -1);
            }
        }
        return new FacetOrdinals(dimRanges, labels.toArray(String[]::new), segments, toGlobal);
    }

    /** Decodes one segment's facet field. */
    private static Segment decode(LeafReader leaf) throws IOException {
        if (leaf.getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
            return new Segment(new int[leaf.maxDoc() + 1], new int[0], new String[0]);
        }
        SortedSetDocValues values = DocValues.getSortedSet(leaf, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int valueCount = Math.toIntExact(values.getValueCount());
        var labels = new String[valueCount];
        for (int ord = 0; ord < valueCount; ord++) {
            labels[ord] = values.lookupOrd(ord).utf8ToString();
        }
        int maxDoc = leaf.maxDoc();
        var starts = new int[maxDoc + 1];
        var ords = new int[Math.max(16, maxDoc * 4)];
        int n = 0;
        int last = 0; // documents up to here have their start set
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (last <= doc) {
                starts[last++] = n;
            }
            int count = values.docValueCount();
            if (n + count > ords.length) {
                ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
            }
            for (int i = 0; i < count; i++) {
                int ord = (int) values.nextOrd();
                if (labels[ord].indexOf(FacetsConfig.DELIM_CHAR) >= 0) { // a dimension's own entry is no value
                    ords[n++] = ord;
                }
            }
        }
        while (last <= maxDoc) {
            starts[last++] = n;
        }
        return new Segment(starts, Arrays.copyOf(ords, n), labels);
    }

    /** Counts per global id: each value once per matching document. */
    int[] count(List<FacetsCollector.MatchingDocs> matching) throws IOException {
        var counts = new int[labels.length];
        for (var md : matching) {
            if (md.totalHits == 0 || md.bits == null) {
                continue;
            }
            Segment s = segments[md.context.ord];
            int[] global = toGlobal[md.context.ord];
            int[] starts = s.starts();
            int[] ords = s.ords();
            DocIdSetIterator it = md.bits.iterator();
            if (it == null) {
                continue;
            }
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    counts[global[ords[i]]]++;
                }
            }
        }
        return counts;
    }

    /** {first global id, end} of a dimension, or null when no document has it. */
    int[] range(String dim) {
        return dimRanges.get(dim);
    }

    Iterable<String> dims() {
        return dimRanges.keySet();
    }

    String label(int id) {
        return labels[id];
    }

    /** Global id of a value, or -1. */
    int id(String dim, String value) {
        int[] r = dimRanges.get(dim);
        if (r == null) {
            return -1;
        }
        int i = Arrays.binarySearch(labels, r[0], r[1], value);
        return i >= 0 ? i : -1;
    }
}
