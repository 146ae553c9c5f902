package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.lupa.index.ArticleSchema;

/**
 * The index as the server sees it: opened once it exists, refreshed on a background thread so
 * that commits of a concurrently running index job become visible without a restart, and asked
 * for its health. Hands out a {@link ReaderSearcher} per call and takes it back afterwards.
 * Thread-safe.
 */
final class LiveIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

    /** Work done with a searcher of the current reader. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(ReaderSearcher searcher) throws IOException;
    }

    private final Path indexDir;
    private final Similarity similarity;
    private final ScheduledExecutorService refresher;
    /** Searches the slices of one large query in parallel; one thread per core. */
    private final ExecutorService searchPool;

    private final Object openLock = new Object();

    private volatile Directory directory;
    private volatile SearcherManager manager;
    private volatile Instant lastRefresh;
    private volatile String notReady = "index not opened yet";

    /**
     * @param indexDir     the index folder (it may not exist yet)
     * @param refreshEvery how often to look for a newer commit
     */
    LiveIndex(Path indexDir, Duration refreshEvery, Similarity similarity) {
        this.indexDir = indexDir;
        this.similarity = similarity;
        this.searchPool =
                Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemonThreads("lupa-search-"));
        tryOpen();
        this.refresher = Executors.newSingleThreadScheduledExecutor(daemonThreads("lupa-refresh-"));
        long ms = refreshEvery.toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        var threads = new AtomicInteger();
        return r -> {
            var t = new Thread(r, prefix + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs {@code work} with a searcher of the newest reader; 503 when there is no index. */
    <T> T withSearcher(SearcherWork<T> work) {
        SearcherManager m = readyManager();
        try {
            var searcher = (ReaderSearcher) m.acquire();
            try {
                return work.apply(searcher);
            } finally {
                m.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index failed", e);
        }
    }

    /** Looks for a newer commit now (the background thread does it periodically). */
    void refresh() throws IOException {
        SearcherManager m = manager;
        if (m == null) {
            tryOpen();
        } else {
            m.maybeRefreshBlocking();
            lastRefresh = Instant.now();
        }
    }

    IndexHealth health() {
        SearcherManager m = manager;
        if (m == null) {
            return new IndexHealth(false, notReady, 0, 0, null);
        }
        try {
            var s = m.acquire();
            try {
                var reader = (DirectoryReader) s.getIndexReader();
                return new IndexHealth(true, null, reader.numDocs(), reader.getVersion(), lastRefresh);
            } finally {
                m.release(s);
            }
        } catch (IOException e) {
            return new IndexHealth(false, e.getMessage(), 0, 0, lastRefresh);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (IOException | RuntimeException e) {
            // The index is being replaced or is damaged; keep serving the reader we have.
            LOG.warn("cannot refresh the index at {}: {}", indexDir.toAbsolutePath(), e.toString());
        }
    }

    private void tryOpen() {
        synchronized (openLock) {
            if (manager != null) {
                return;
            }
            if (!Files.isDirectory(indexDir)) {
                notReady = "there is no index yet; run 'lupa index' first";
                return;
            }
            Directory dir = null;
            try {
                dir = FSDirectory.open(indexDir);
                if (!DirectoryReader.indexExists(dir)) {
                    notReady = "the index has no commit yet; run 'lupa index'";
                    dir.close();
                    return;
                }
                manager = new SearcherManager(
                        dir, ReaderSearcher.factory(ArticleSchema.facetsConfig(), searchPool, similarity));
                directory = dir;
                lastRefresh = Instant.now();
                notReady = null;
            } catch (IOException | RuntimeException e) {
                // The details go to the log; clients learn what is wrong and what fixes it.
                LOG.warn("cannot open the index at {}: {}", indexDir.toAbsolutePath(), e.toString());
                notReady = "the index cannot be opened (it is damaged or of another version); rebuild it with "
                        + "'lupa index --full'";
                closeQuietly(dir);
            }
        }
    }

    private SearcherManager readyManager() {
        SearcherManager m = manager;
        if (m == null) {
            tryOpen();
            m = manager;
        }
        if (m == null) {
            throw new IndexNotReadyException(notReady);
        }
        return m;
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        searchPool.shutdownNow();
        synchronized (openLock) {
            if (manager != null) {
                manager.close();
                manager = null;
            }
            closeQuietly(directory);
            directory = null;
        }
    }

    private static void closeQuietly(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException ignored) {
                // closing a read-only directory has nothing to lose
            }
        }
    }
}
