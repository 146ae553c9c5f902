package pl.lupa.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinal maps of its reader, built once when the reader opens
 * rather than on every request.
 */
final class FacetSearcher extends IndexSearcher {

    /** Null when no document has a facet value yet. */
    final SortedSetDocValuesReaderState facetState;

    private FacetSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetSearcher(reader, facetState(reader, config));
            }
        };
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader, FacetsConfig config) throws IOException {
        boolean hasFacets = reader.leaves().stream()
                .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
        return hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }

}
