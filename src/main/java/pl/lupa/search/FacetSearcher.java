package pl.lupa.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet values of its reader, decoded when the reader opens (segments seen
 * before come from the cache) rather than on every request.
 */
final class FacetSearcher extends IndexSearcher {

    /** Null when no document has a facet value yet. */
    final FacetOrdinals facets;

    private FacetSearcher(IndexReader reader, FacetOrdinals facets) {
        super(reader);
        this.facets = facets;
    }

    static SearcherFactory factory(FacetOrdinals.Cache cache) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetSearcher(reader, FacetOrdinals.of(reader, cache));
            }
        };
    }
}
