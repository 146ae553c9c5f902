package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Counting the misses and subtracting them must give exactly Lucene's counts of the matches:
 * checked for every dimension and value, over several segments with deleted documents, for
 * queries from a few matches to all of them, on both sides of the switch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplementCountsTest {

    private static final String[] COMPANIES = {"Orlen", "Allegro", "CD Projekt", "Comarch", "Asseco", "Nvidia", "Apple"
    };

    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final FacetsConfig config = new FacetsConfig();
    private DirectoryReader reader;
    private DefaultSortedSetDocValuesReaderState state;

    @BeforeAll
    void index() throws IOException {
        config.setMultiValued("company", true);
        var random = new Random(11);
        var iwc = new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (var writer = new IndexWriter(dir, iwc)) {
            for (int i = 0; i < 3_000; i++) {
                var doc = new Document();
                doc.add(new StringField("id", String.valueOf(i), Field.Store.NO));
                // share: the percentage of documents a query for "p<N>" matches
                int share = random.nextInt(100);
                for (int p : new int[] {1, 10, 40, 49, 60, 90, 99}) {
                    if (share < p) {
                        doc.add(new StringField("in", "p" + p, Field.Store.NO));
                    }
                }
                doc.add(new IntField("n", i, Field.Store.NO));
                if (random.nextInt(10) > 0) { // some articles have no year
                    doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(2015 + random.nextInt(10))));
                }
                int companies = random.nextInt(4);
                for (int c = 0; c < companies; c++) {
                    doc.add(new SortedSetDocValuesFacetField("company", COMPANIES[(i + c * 3) % COMPANIES.length]));
                }
                writer.addDocument(config.build(doc));
                if (i % 1_000 == 999) {
                    writer.commit(); // three segments
                }
            }
            for (int i = 0; i < 3_000; i += 7) {
                writer.deleteDocuments(new Term("id", String.valueOf(i)));
            }
        }
        reader = DirectoryReader.open(dir);
        assertThat(reader.leaves()).hasSize(3);
        assertThat(reader.hasDeletions()).isTrue();
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
    }

    @AfterAll
    void close() throws IOException {
        reader.close();
        dir.close();
    }

    @Test
    void givesLucenesCountsOnBothSidesOfTheSwitch() throws IOException {
        var searcher = new IndexSearcher(reader);
        ComplementCounts.AllCounts all = ComplementCounts.AllCounts.of(state);
        int dense = 0;
        for (Query query : new Query[] {
            q("p1"), q("p10"), q("p40"), q("p49"), q("p60"), q("p90"), q("p99"), new MatchAllDocsQuery(), q("none")
        }) {
            FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
            long matched = hits.getMatchingDocs().stream()
                    .mapToLong(md -> md.totalHits)
                    .sum();
            if (matched * 2 > reader.numDocs()) {
                dense++;
            }
            Facets expected = new SortedSetDocValuesFacetCounts(state, hits);
            Facets actual = ComplementCounts.count(state, hits, reader, () -> all);
            for (String dim : new String[] {"year", "company"}) {
                FacetResult e = expected.getAllChildren(dim);
                FacetResult a = actual.getAllChildren(dim);
                assertThat(values(a)).as(dim + " for " + query).isEqualTo(values(e));
                if (e != null) {
                    assertThat(a.value).as("dimension value").isEqualTo(e.value);
                    assertThat(a.childCount).isEqualTo(e.childCount);
                    assertThat(actual.getTopChildren(3, dim).labelValues)
                            .isEqualTo(expected.getTopChildren(3, dim).labelValues);
                    String first = e.labelValues[0].label;
                    assertThat(actual.getSpecificValue(dim, first)).isEqualTo(expected.getSpecificValue(dim, first));
                }
            }
        }
        assertThat(dense).as("queries that took the subtracting side").isBetween(3, 6);
    }

    @Test
    void complementHoldsEveryLiveMiss() throws IOException {
        var searcher = new IndexSearcher(reader);
        FacetsCollector hits = searcher.search(q("p90"), new FacetsCollectorManager());
        FacetsCollector missed = ComplementCounts.complement(hits, reader);
        long matched =
                hits.getMatchingDocs().stream().mapToLong(md -> md.totalHits).sum();
        long misses =
                missed.getMatchingDocs().stream().mapToLong(md -> md.totalHits).sum();
        assertThat(matched + misses).isEqualTo(reader.numDocs());
        assertThat(misses)
                .isEqualTo(searcher.count(new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), org.apache.lucene.search.BooleanClause.Occur.MUST)
                        .add(q("p90"), org.apache.lucene.search.BooleanClause.Occur.MUST_NOT)
                        .build()));
    }

    @Test
    void unknownDimensionIsAnErrorAsInLucene() throws IOException {
        var searcher = new IndexSearcher(reader);
        FacetsCollector hits = searcher.search(q("p99"), new FacetsCollectorManager());
        Facets actual = ComplementCounts.count(state, hits, reader, () -> allCounts());
        assertThatThrownBy(() -> actual.getAllChildren("color")).isInstanceOf(IllegalArgumentException.class);
    }

    private ComplementCounts.AllCounts allCounts() {
        try {
            return ComplementCounts.AllCounts.of(state);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Query q(String value) {
        return new TermQuery(new Term("in", value));
    }

    private static Map<String, Integer> values(FacetResult result) {
        var out = new TreeMap<String, Integer>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                out.put(lv.label, lv.value.intValue());
            }
        }
        return out;
    }
}
