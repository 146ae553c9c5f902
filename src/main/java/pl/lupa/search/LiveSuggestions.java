package pl.lupa.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suggestions of the newest index reader, built on a background thread: building them reads
 * every title and the terms of the index (about 5 s at 100,000 articles on two busy cores), which
 * no request should wait for. When a newer reader appears, the suggestions of the previous one
 * are served until those of the new one are ready; only the very first request waits for a build.
 * Thread-safe.
 */
final class LiveSuggestions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSuggestions.class);

    record Built(long version, Suggestions suggestions) {}

    private final LiveIndex index;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "lupa-suggest-build");
        t.setDaemon(true);
        return t;
    });

    private volatile Built current;
    /** The build under way, or null. Guarded by this. */
    private CompletableFuture<Built> building;

    LiveSuggestions(LiveIndex index) {
        this.index = index;
    }

    /** The suggestions for a searcher's reader, or those of the previous reader while these are built. */
    Suggestions of(ReaderSearcher searcher) {
        long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
        Built now = current;
        if (now != null && now.version() == version) {
            return now.suggestions();
        }
        CompletableFuture<Built> pending = start();
        if (now != null) {
            return now.suggestions();
        }
        try {
            return pending.get().suggestions();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the suggestions were built", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("building the suggestions failed", e.getCause());
        }
    }

    /** Starts building the newest reader's suggestions unless a build is under way. */
    synchronized CompletableFuture<Built> start() {
        if (building == null) {
            CompletableFuture<Built> task = CompletableFuture.supplyAsync(this::build, builder);
            building = task;
            task.whenComplete((built, failure) -> {
                synchronized (this) {
                    building = null;
                }
                if (failure != null) {
                    LOG.warn("building the suggestions failed: {}", failure.toString());
                }
            });
            return task;
        }
        return building;
    }

    private Built build() {
        return index.withSearcher(searcher -> {
            long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            Built now = current;
            if (now != null && now.version() == version) {
                return now;
            }
            long start = System.nanoTime();
            Suggestions s = Suggestions.build(searcher.getIndexReader(), searcher.companyCounts());
            LOG.debug("suggestions built in {} ms: {}", (System.nanoTime() - start) / 1_000_000, s.sizes());
            Built built = new Built(version, s);
            current = built;
            return built;
        });
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }
}
