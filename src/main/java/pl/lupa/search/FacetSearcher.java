package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinal maps and the merged field infos of its reader, built once
 * when the reader opens rather than on every request, and an executor for Lucene's slices: an
 * index past a quarter of a million documents is searched in several slices at once, so one
 * large query uses every core; a smaller one is a single slice, searched on the caller's thread
 * without a handoff.
 */
final class FacetSearcher extends IndexSearcher {

    /** Lucene's default slicing, spelled out because the searcher is given a pool only when it slices. */
    static final int MAX_DOCS_PER_SLICE = 250_000;
    static final int MAX_SEGMENTS_PER_SLICE = 5;

    /** Null when no document has a facet value yet. */
    final SortedSetDocValuesReaderState facetState;
    /** What the highlighter looks up to find each field's offsets; it would merge them per search. */
    final FieldInfos fieldInfos;
    /** The whole index's facet counts, for queries that match most of it; taken on first need. */
    private volatile DenseFacets.AllCounts allCounts;

    private FacetSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState, ExecutorService executor) {
        super(reader, executor);
        this.facetState = facetState;
        this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    }

    static SearcherFactory factory(FacetsConfig config, ExecutorService executor) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                // Handing a single slice to a pool thread cost ~0.3 ms per search at 100k documents.
                boolean severalSlices = slices(reader.leaves(), MAX_DOCS_PER_SLICE, MAX_SEGMENTS_PER_SLICE).length > 1;
                return new FacetSearcher(reader, facetState(reader, config), severalSlices ? executor : null);
            }
        };
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return slices(leaves, MAX_DOCS_PER_SLICE, MAX_SEGMENTS_PER_SLICE);
    }

    /** Drill sideways whose counts come from the smaller side of each query's matches ({@link DenseFacets}). */
    DrillSideways drillSideways(FacetsConfig config) {
        return new DrillSideways(this, config, facetState) {
            @Override
            protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims)
                    throws IOException {
                Facets down = counts(drillDowns);
                if (drillSideways == null || drillSideways.length == 0) {
                    return down;
                }
                var sideways = new HashMap<String, Facets>();
                for (int i = 0; i < drillSideways.length; i++) {
                    sideways.put(dims[i], counts(drillSideways[i]));
                }
                return new MultiFacets(sideways, down);
            }
        };
    }

    /** The facet counts of a query's matches ({@link DenseFacets}). */
    Facets counts(FacetsCollector matches) throws IOException {
        return DenseFacets.count(facetState, matches, getIndexReader(), this::allCounts);
    }

    /** The whole index's facet counts, taken the first time a query matches most of it. */
    private DenseFacets.AllCounts allCounts() {
        DenseFacets.AllCounts counts = allCounts;
        if (counts == null) {
            synchronized (this) {
                counts = allCounts;
                if (counts == null) {
                    try {
                        counts = DenseFacets.AllCounts.of(facetState);
                    } catch (IOException e) {
                        throw new UncheckedIOException("counting the facets of the whole index failed", e);
                    }
                    allCounts = counts;
                }
            }
        }
        return counts;
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader, FacetsConfig config) throws IOException {
        boolean hasFacets = reader.leaves().stream()
                .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
        return hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }

}
