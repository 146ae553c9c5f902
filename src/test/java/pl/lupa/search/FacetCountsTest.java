package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
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
import org.junit.jupiter.api.Test;
import pl.lupa.index.ArticleSchema;

/**
 * Lupa's decoded facet ordinals must count exactly what Lucene's sorted-set facet counts count,
 * over several segments, deletions, and a refresh that adds segments and new values.
 */
class FacetCountsTest {

    private static final String[] COMPANIES = {"Orlen", "Allegro", "CD Projekt", "Google", "Microsoft", "Żabka", "Asseco"};
    private final FacetsConfig config = ArticleSchema.facetsConfig();
    private final Random random = new Random(7);

    @Test
    void countsAsLuceneDoesAcrossSegmentsDeletionsAndRefreshes() throws IOException {
        try (var dir = new ByteBuffersDirectory();
                var writer = new IndexWriter(dir, new IndexWriterConfig().setMaxBufferedDocs(37).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 400; i++) {
                writer.addDocument(document(i, 2019 + random.nextInt(4)));
            }
            writer.deleteDocuments(new Term("group", "3"));
            writer.commit();
            var cache = new FacetOrdinals.Cache();
            try (DirectoryReader first = DirectoryReader.open(dir)) {
                assertThat(first.leaves()).hasSizeGreaterThan(5);
                compare(first, cache);
                int segments = cache.size();

                for (int i = 400; i < 500; i++) {
                    writer.addDocument(document(i, 2026)); // a year no earlier segment has
                }
                writer.deleteDocuments(new Term("group", "5"));
                writer.commit();
                try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                    compare(second, cache);
                    assertThat(cache.size()).as("unchanged segments are decoded once").isGreaterThan(segments);
                }
            }
        }
    }

    private void compare(DirectoryReader reader, FacetOrdinals.Cache cache) throws IOException {
        var searcher = new IndexSearcher(reader);
        var ordinals = FacetOrdinals.of(reader, cache);
        var state = new DefaultSortedSetDocValuesReaderState(reader, config);
        for (Query q : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("group", "1")), new TermQuery(new Term("group", "4")),
                new TermQuery(new Term("group", "nothing")))) {
            FacetsCollector matches = searcher.search(q, new FacetsCollectorManager());
            var ours = new FacetCounts(ordinals, config, matches);
            var lucene = new SortedSetDocValuesFacetCounts(state, matches);
            for (String dim : ArticleSchema.DIMENSIONS) {
                FacetResult expected = lucene.getAllChildren(dim);
                FacetResult actual = ours.getAllChildren(dim);
                if (expected == null) {
                    assertThat(actual).as(dim + " " + q).isNull();
                    continue;
                }
                assertThat(actual).as(dim + " " + q).isNotNull();
                assertThat(actual.labelValues).as(dim + " " + q).containsExactlyInAnyOrder(expected.labelValues);
                assertThat(actual.value).as(dim + " " + q).isEqualTo(expected.value);
                assertThat(ours.getTopChildren(3, dim).labelValues).as(dim + " top 3 " + q)
                        .containsExactly(lucene.getTopChildren(3, dim).labelValues);
                var first = expected.labelValues[0];
                assertThat(ours.getSpecificValue(dim, first.label)).isEqualTo(lucene.getSpecificValue(dim, first.label));
            }
        }
    }

    private Document document(int i, int year) throws IOException {
        var doc = new Document();
        doc.add(new StringField("group", String.valueOf(i % 7), Field.Store.NO));
        if (random.nextInt(10) > 0) {
            doc.add(new SortedSetDocValuesFacetField(ArticleSchema.DIM_YEAR, String.valueOf(year)));
            doc.add(new SortedSetDocValuesFacetField(ArticleSchema.DIM_MONTH, year + "-0" + (1 + random.nextInt(9))));
        }
        int companies = random.nextInt(4);
        for (int c = 0; c < companies; c++) {
            doc.add(new SortedSetDocValuesFacetField(ArticleSchema.DIM_COMPANY, COMPANIES[random.nextInt(COMPANIES.length)]));
        }
        if (random.nextBoolean()) {
            doc.add(new SortedSetDocValuesFacetField(ArticleSchema.DIM_USD, random.nextBoolean() ? "1M-10M" : "1B-10B"));
        }
        return config.build(doc);
    }
}
