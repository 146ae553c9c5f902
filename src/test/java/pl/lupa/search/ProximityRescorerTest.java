package pl.lupa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The rescorer must give exactly what Lucene's {@link QueryRescorer} gives (scores and order),
 * only cheaper: checked over random texts in several segments, where many documents between
 * the hits hold all the words of the phrase without matching it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProximityRescorerTest {

    private static final String[] WORDS = {"rynek", "spółka", "akcje", "zysk", "bank", "kurs", "rok", "dane"};

    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private DirectoryReader reader;

    @BeforeAll
    void index() throws IOException {
        var random = new Random(7);
        var config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (var writer = new IndexWriter(dir, config)) {
            for (int segment = 0; segment < 4; segment++) {
                for (int i = 0; i < 700; i++) {
                    var text = new StringBuilder();
                    int length = 5 + random.nextInt(40);
                    for (int w = 0; w < length; w++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    var doc = new Document();
                    doc.add(new TextField("body", text.toString(), Field.Store.NO));
                    doc.add(new TextField(
                            "title",
                            WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)],
                            Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit(); // one segment each: the rescorer must cross segments
            }
        }
        reader = DirectoryReader.open(dir);
        assertEquals(4, reader.leaves().size());
    }

    @Test
    void givesQueryRescorersScoresAndOrder() throws IOException {
        var searcher = new IndexSearcher(reader);
        int changedOrder = 0;
        for (String[] words : List.of(
                new String[] {"rynek", "akcje"},
                new String[] {"zysk", "bank", "kurs"},
                new String[] {"dane", "rok"},
                new String[] {"spółka", "spółka"})) {
            Query first = firstPass(words);
            Query proximity = proximity(words);
            for (int depth : new int[] {1, 10, 100, 1000}) {
                TopDocs top = searcher.search(first, depth);
                ScoreDoc[] expected =
                        QueryRescorer.rescore(searcher, copy(top), proximity, 1.0, top.scoreDocs.length).scoreDocs;
                ScoreDoc[] actual = ProximityRescorer.rescore(searcher, top.scoreDocs, proximity);
                assertEquals(expected.length, actual.length);
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i].doc, actual[i].doc, "rank " + i + " of " + String.join(" ", words));
                    assertEquals(expected[i].score, actual[i].score, 0f, "score at rank " + i);
                }
                if (depth > 1 && !sameOrder(top.scoreDocs, actual)) {
                    changedOrder++;
                }
            }
        }
        assertTrue(changedOrder > 0, "the proximity query never changed an order: the comparison proves nothing");
    }

    @Test
    void leavesTheFirstPassUntouched() throws IOException {
        var searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(firstPass(new String[] {"rynek", "akcje"}), 50);
        float[] before = new float[top.scoreDocs.length];
        for (int i = 0; i < before.length; i++) {
            before[i] = top.scoreDocs[i].score;
        }
        ProximityRescorer.rescore(searcher, top.scoreDocs, proximity(new String[] {"rynek", "akcje"}));
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], top.scoreDocs[i].score, 0f);
        }
    }

    private static Query firstPass(String[] words) {
        var b = new BooleanQuery.Builder();
        for (String w : words) {
            var either = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term("title", w)), 3f), Occur.SHOULD)
                    .add(new TermQuery(new Term("body", w)), Occur.SHOULD);
            b.add(either.build(), Occur.MUST);
        }
        return b.build();
    }

    /** Like Lupa's: the words near each other in body or title, as two sloppy phrases. */
    private static Query proximity(String[] words) {
        var b = new BooleanQuery.Builder();
        for (String field : new String[] {"body", "title"}) {
            var phrase = new MultiPhraseQuery.Builder();
            for (int i = 0; i < words.length; i++) {
                phrase.add(new Term[] {new Term(field, words[i])}, i);
            }
            phrase.setSlop(1);
            b.add(new BoostQuery(phrase.build(), field.equals("title") ? 6f : 2f), Occur.SHOULD);
        }
        return b.build();
    }

    private static TopDocs copy(TopDocs top) {
        var docs = new ScoreDoc[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = new ScoreDoc(top.scoreDocs[i].doc, top.scoreDocs[i].score);
        }
        return new TopDocs(top.totalHits, docs);
    }

    private static boolean sameOrder(ScoreDoc[] a, ScoreDoc[] b) {
        List<Integer> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            x.add(a[i].doc);
            y.add(b[i].doc);
        }
        return x.equals(y);
    }
}
