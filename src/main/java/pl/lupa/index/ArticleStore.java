package pl.lupa.index;

import java.io.IOException;
import java.util.Map;
import pl.lupa.ingest.SkippedInputException;

/**
 * Where an index run puts its articles: the embedded Lucene index ({@link LuceneArticleStore}) or a
 * SolrCloud collection ({@link SolrArticleStore}). The run decides what changed; the store only
 * writes, and {@link #commit} makes the run's changes visible.
 */
interface ArticleStore {

    /** What the store held when the run started: each file's hash and documents, a feed's records. */
    interface Previous {

        /** A source file as the store has it. */
        record FileState(String hash, int documents) {}

        /** Every source file the store has, by its id. */
        Map<String, FileState> files();

        /** The file as the store has it, or null when it is new. */
        default FileState file(String fileId) {
            return files().get(fileId);
        }

        /** id → content hash of the records a feed had. */
        Map<String, String> recordsOf(String fileId) throws IOException;
    }

    /** Adds the article, replacing the one with its id. */
    void replace(IndexedArticle article) throws IOException, SkippedInputException;

    /** Adds an article whose id the store does not hold (its file's documents were deleted). */
    void add(IndexedArticle article) throws IOException, SkippedInputException;

    /** Deletes every document of a source file. */
    void deleteFile(String fileId) throws IOException;

    /** Makes the run's changes visible at once; the number of documents then held. */
    long commit(Map<String, String> data) throws IOException;
}
