package pl.lupa.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import pl.lupa.ingest.Article;

/**
 * A stock Lucene set-up a Lucene user would configure for Polish, as the bar Lupa's ranking must
 * clear: title and body in one field, BM25, the query's words joined with OR.
 */
final class BaselineRanker implements Ranker {

    private static final String ID = "id";
    private static final String TEXT = "text";

    /** The stock set-ups. */
    enum Kind {
        /** Lucene's PolishAnalyzer: the Stempel stemmer with its stop words. */
        STEMPEL_OR("stempel-or"),
        /** StandardTokenizer, lower case, Morfologik's lemmas: Morfologik as its factory is usually set up. */
        MORFOLOGIK_OR("morfologik-or");

        final String name;

        Kind(String name) {
            this.name = name;
        }
    }

    private final Kind kind;
    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;

    BaselineRanker(Kind kind, List<Article> articles) throws IOException {
        this.kind = kind;
        this.analyzer = kind == Kind.STEMPEL_OR ? new PolishAnalyzer() : morfologik();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Article a : articles) {
                var doc = new Document();
                doc.add(new StringField(ID, Ranker.judgedId(a.id()), Field.Store.YES));
                doc.add(new TextField(TEXT, a.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        this.reader = DirectoryReader.open(directory);
    }

    private static Analyzer morfologik() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new MorfologikFilter(new LowerCaseFilter(tokenizer)));
            }
        };
    }

    @Override
    public String name() {
        return kind.name;
    }

    @Override
    public List<String> rank(String query, int k) throws IOException {
        Query q = new QueryBuilder(analyzer).createBooleanQuery(TEXT, query, Occur.SHOULD);
        if (q == null) {
            return List.of();
        }
        var searcher = new IndexSearcher(reader);
        var out = new ArrayList<String>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(q, k).scoreDocs) {
            out.add(stored.document(hit.doc).get(ID));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
