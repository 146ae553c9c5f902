package pl.lupa.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import pl.lupa.extract.CorpusMemory;
import pl.lupa.extract.EntityExtractor;

/**
 * Builds or updates the index from the docs roots.
 *
 * <p>Incremental by default: a file whose content hash equals the one in the index is skipped;
 * a changed file's documents are replaced; documents of files no longer under the roots are
 * deleted. {@code full} rebuilds from scratch. Either way all changes become visible in one
 * commit at the end: until then searchers (and a crash, or {@code kill -9}) see the previous
 * commit, whole. A failure before the commit rolls back and leaves that commit untouched.
 *
 * <p>Files are parsed, analysed and indexed on several threads ({@link IndexRun},
 * {@link WorkerPool}); a JSON Lines feed is read in batches of records ({@link JsonLinesFeed}), so
 * one large feed also uses every core. {@link CommitState} says what the last commit holds.
 */
public final class IndexJob {

    /**
     * @param docRoots     folders to read
     * @param indexDir     the index folder, created when missing
     * @param full         rebuild from scratch instead of updating
     * @param maxFileBytes files (and JSON Lines records) larger than this are skipped
     * @param threads      indexing threads
     */
    public record Options(List<Path> docRoots, Path indexDir, boolean full, long maxFileBytes, int threads) {

        public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

        public Options {
            docRoots = List.copyOf(docRoots);
            if (docRoots.isEmpty()) {
                throw new IllegalArgumentException("at least one docs folder is needed");
            }
            if (maxFileBytes <= 0 || threads <= 0) {
                throw new IllegalArgumentException("maxFileBytes and threads must be positive");
            }
        }

        public static Options of(List<Path> docRoots, Path indexDir, boolean full) {
            return new Options(
                    docRoots,
                    indexDir,
                    full,
                    DEFAULT_MAX_FILE_BYTES,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private final Options options;
    private final ArticleDocuments documents;
    private final IndexListener listener;

    public IndexJob(Options options, EntityExtractor extractor, IndexListener listener) {
        this.options = options;
        this.documents = new ArticleDocuments(extractor);
        this.listener = listener;
    }

    public IndexSummary run() throws IOException {
        requireFolders(options.docRoots());
        Instant start = Instant.now();
        Files.createDirectories(options.indexDir());
        try (Directory dir = FSDirectory.open(options.indexDir())) {
            var config = new IndexWriterConfig(ArticleSchema.indexAnalyzer())
                    .setOpenMode(
                            options.full()
                                    ? IndexWriterConfig.OpenMode.CREATE
                                    : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(128)
                    .setCodec(new LupaCodec())
                    .setCommitOnClose(false);
            if (options.full()) {
                setAsideUnreadableCommit(dir);
            }
            // read before the writer exists: a rebuild's writer starts from nothing
            CorpusMemory memory = CorpusMemory.of(CommitState.establishedNames(dir));
            IndexWriter writer;
            try {
                writer = new IndexWriter(dir, config);
            } catch (LockObtainFailedException e) {
                throw new IndexLockedException(options.indexDir(), e);
            }
            try {
                var context = new RunContext(
                        new LuceneArticleStore(writer),
                        CommitState.read(dir, options.full()),
                        new RunTally(listener),
                        documents,
                        memory,
                        listener,
                        options.maxFileBytes());
                IndexSummary summary =
                        new IndexRun(options.docRoots(), options.threads(), options.full(), context).execute(start);
                writer.close();
                return summary;
            } catch (Throwable t) {
                listener.finished();
                // After a tragic failure (a full disk while flushing) the writer closes itself and
                // the other threads fail with "this IndexWriter is closed": report the cause.
                Throwable tragedy = writer.getTragicException();
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException rollbackFailure) {
                    // The previous commit is untouched either way; the first failure is the story.
                    t.addSuppressed(rollbackFailure);
                }
                if (t instanceof AlreadyClosedException && tragedy != null) {
                    tragedy.addSuppressed(t);
                    if (tragedy instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException(tragedy.getMessage(), tragedy);
                }
                throw t;
            }
        }
    }

    /** Fails before anything is written when a docs folder is missing. */
    static void requireFolders(List<Path> docRoots) throws NoSuchFileException {
        for (Path root : docRoots) {
            if (!Files.isDirectory(root)) {
                throw new NoSuchFileException(root.toString(), null, "docs folder not found");
            }
        }
    }

    /**
     * A rebuild does not need the commit it replaces, but IndexWriter reads it even in CREATE
     * mode, so an unreadable one (garbage, cut short, another format) would make {@code --full}
     * fail: its segments files are renamed aside ({@code unreadable-segments_N}), under the write
     * lock. The segment files it referenced are then unreferenced and the writer removes them.
     */
    private void setAsideUnreadableCommit(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return;
        }
        try {
            SegmentInfos.readLatestCommit(dir);
            return;
        } catch (CorruptIndexException
                | IndexFormatTooOldException
                | IndexFormatTooNewException
                | java.io.EOFException
                | NoSuchFileException unreadable) {
            // set aside below
        }
        try (var lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String name : dir.listAll()) {
                if (name.startsWith(IndexFileNames.SEGMENTS + "_")
                        || name.startsWith(IndexFileNames.PENDING_SEGMENTS)) {
                    dir.rename(name, "unreadable-" + name);
                }
            }
            dir.syncMetaData();
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(options.indexDir(), e);
        }
    }
}
