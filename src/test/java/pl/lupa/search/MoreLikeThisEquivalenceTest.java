package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.index.ArticleSchema;
import pl.lupa.testing.TestServer;

/**
 * {@link LikeTerms} chooses an article's telling terms as Lucene's {@link MoreLikeThis} does, so
 * related articles read from a SolrCloud collection's counts are those the library would choose
 * from one index: for every sample article, the same query, clause for clause and boost for boost.
 */
class MoreLikeThisEquivalenceTest {

    @TempDir
    Path tmp;

    @Test
    void everySampleArticleGetsTheQueryMoreLikeThisBuilds() throws IOException {
        Path index = tmp.resolve("index");
        TestServer.index(Path.of("sample-docs"), index);
        try (Analyzer analyzer = ArticleSchema.indexAnalyzer();
                var dir = FSDirectory.open(index);
                var reader = DirectoryReader.open(dir)) {
            var stats = LikeTerms.Statistics.of(reader);
            var storedFields = reader.storedFields();
            int compared = 0;
            int withTerms = 0;
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                var mlt = new MoreLikeThis(reader);
                mlt.setAnalyzer(analyzer);
                mlt.setFieldNames(new String[] {ArticleSchema.TITLE, ArticleSchema.BODY});
                mlt.setMinTermFreq(RelatedArticles.SETTINGS.minTermFreq());
                mlt.setMinDocFreq(RelatedArticles.SETTINGS.minDocFreq());
                mlt.setMaxDocFreqPct(RelatedArticles.SETTINGS.maxDocFreqPct());
                mlt.setMaxQueryTerms(RelatedArticles.SETTINGS.maxQueryTerms());
                mlt.setBoost(true);
                Query expected = mlt.like(doc);

                Document stored = storedFields.document(doc);
                var text = new java.util.LinkedHashMap<String, List<String>>();
                text.put(ArticleSchema.TITLE, List.of(stored.get(ArticleSchema.TITLE)));
                text.put(ArticleSchema.BODY, List.of(stored.get(ArticleSchema.BODY)));
                var chosen = LikeTerms.choose(analyzer, text, stats, RelatedArticles.SETTINGS);
                Query actual = LikeTerms.query(chosen);

                assertThat(actual).as(stored.get(ArticleSchema.ID)).isEqualTo(expected);
                compared++;
                if (((BooleanQuery) expected).clauses().size() == RelatedArticles.QUERY_TERMS) {
                    withTerms++;
                }
                // the boosts are relative to the weakest term, which weighs 1
                assertThat(chosen).isNotEmpty();
                assertThat(chosen.get(0).boost()).isEqualTo(1f);
                assertThat(((BooleanQuery) actual).clauses()).allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
            }
            assertThat(compared).isEqualTo(reader.numDocs()).isGreaterThan(20);
            assertThat(withTerms).as("articles long enough to fill the query").isGreaterThan(compared / 2);
        }
    }

    @Test
    void aRelatedQuerySurvivesItsEncoding() {
        var query = new RelatedQuery(
                "2024/a b.md",
                19_800L,
                List.of("CD Projekt", "Nvidia"),
                List.of(
                        new LikeTerms.Chosen(ArticleSchema.TITLE, "układ", 1f),
                        new LikeTerms.Chosen(ArticleSchema.BODY, "półprzewodnik", 2.3456789f)));
        assertThat(RelatedQuery.decode(query.encode())).isEqualTo(query);
        var bare = new RelatedQuery("x.md", null, List.of(), List.of());
        assertThat(RelatedQuery.decode(bare.encode())).isEqualTo(bare);
    }
}
