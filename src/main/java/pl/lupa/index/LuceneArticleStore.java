package pl.lupa.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import pl.lupa.ingest.SkipReason;
import pl.lupa.ingest.SkippedInputException;

/** The embedded index as a run's store: an open writer, committed once at the end. */
final class LuceneArticleStore implements ArticleStore {

    private final IndexWriter writer;
    private final FacetsConfig facetsConfig = ArticleSchema.facetsConfig();

    LuceneArticleStore(IndexWriter writer) {
        this.writer = writer;
    }

    @Override
    public void replace(IndexedArticle article) throws IOException, SkippedInputException {
        var doc = ArticleSchema.document(article, facetsConfig);
        refusable(() -> writer.updateDocument(new Term(ArticleSchema.ID, article.id()), doc));
    }

    @Override
    public void add(IndexedArticle article) throws IOException, SkippedInputException {
        var doc = ArticleSchema.document(article, facetsConfig);
        refusable(() -> writer.addDocument(doc));
    }

    @Override
    public void deleteFile(String fileId) throws IOException {
        writer.deleteDocuments(new Term(ArticleSchema.FILE, fileId));
    }

    @Override
    public long commit(Map<String, String> data) throws IOException {
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        return writer.getDocStats().numDocs;
    }

    /** One write to the index. */
    @FunctionalInterface
    private interface Write {
        long run() throws IOException;
    }

    /**
     * Lucene refuses a document it cannot index (a term over 32 KB) without harm to the others:
     * that is a skip of this input, not a failure of the job.
     */
    private static void refusable(Write write) throws IOException, SkippedInputException {
        try {
            write.run();
        } catch (IllegalArgumentException e) {
            throw new SkippedInputException(SkipReason.MALFORMED, "refused by the index: " + e.getMessage());
        }
    }
}
