package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.Similarity;
import pl.lupa.analysis.Vocabulary;

/**
 * A searcher over one index reader, with what is built once per reader rather than on every
 * request: the facet ordinal maps, the merged field infos the highlighter looks up, and the whole
 * index's facet counts (taken the first time a query needs them). An index past a quarter of a
 * million documents is searched in several slices at once on a pool, so one large query uses
 * every core; a smaller one is a single slice, searched on the caller's thread without a handoff.
 */
final class ReaderSearcher extends IndexSearcher {

    /** Lucene's default slicing, spelled out because the searcher is given a pool only when it slices. */
    static final int MAX_DOCS_PER_SLICE = 250_000;

    static final int MAX_SEGMENTS_PER_SLICE = 5;

    /** Null when no document has a facet value yet. */
    final SortedSetDocValuesReaderState facetState;
    /** What the highlighter looks up to find each field's offsets; it would merge them per search. */
    final FieldInfos fieldInfos;

    private volatile ComplementCounts.AllCounts allCounts;
    private volatile CompanyNames companyNames;

    private ReaderSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState, ExecutorService executor) {
        super(reader, executor);
        this.facetState = facetState;
        this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    }

    static SearcherFactory factory(FacetsConfig config, ExecutorService executor, Similarity similarity) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                // Handing a single slice to a pool thread cost ~0.3 ms per search at 100k documents.
                boolean severalSlices = slices(reader.leaves(), MAX_DOCS_PER_SLICE, MAX_SEGMENTS_PER_SLICE).length > 1;
                var searcher = new ReaderSearcher(reader, facetState(reader, config), severalSlices ? executor : null);
                searcher.setSimilarity(similarity);
                return searcher;
            }
        };
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return slices(leaves, MAX_DOCS_PER_SLICE, MAX_SEGMENTS_PER_SLICE);
    }

    /** The number of articles whose body holds a lemma term: what the query side asks of the collection. */
    Vocabulary vocabulary() {
        return BodyVocabulary.of(getIndexReader());
    }

    /** The companies of the index and their former names, read the first time a request needs them. */
    CompanyNames companyNames() {
        CompanyNames names = companyNames;
        if (names == null) {
            synchronized (this) {
                names = companyNames;
                if (names == null) {
                    try {
                        names = facetState == null
                                ? new CompanyNames(List.of(), Map.of(), Set.of())
                                : CompanyNames.of(facetState, getIndexReader());
                    } catch (IOException e) {
                        throw new UncheckedIOException("reading the index's company names failed", e);
                    }
                    companyNames = names;
                }
            }
        }
        return names;
    }

    /** The whole index's facet counts, taken the first time a query matches most of it. */
    ComplementCounts.AllCounts allCounts() {
        ComplementCounts.AllCounts counts = allCounts;
        if (counts == null) {
            synchronized (this) {
                counts = allCounts;
                if (counts == null) {
                    try {
                        counts = ComplementCounts.AllCounts.of(facetState);
                    } catch (IOException e) {
                        throw new UncheckedIOException("counting the facets of the whole index failed", e);
                    }
                    allCounts = counts;
                }
            }
        }
        return counts;
    }

    /** Each company of the index with its number of articles. */
    Map<String, Integer> companyCounts() {
        return facetState == null
                ? Map.of()
                : allCounts().byDim().getOrDefault(pl.lupa.index.ArticleSchema.DIM_COMPANY, Map.of());
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader, FacetsConfig config)
            throws IOException {
        boolean hasFacets = reader.leaves().stream()
                .anyMatch(
                        leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
        return hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }
}
