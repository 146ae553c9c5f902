package pl.lupa.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DirectoryReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suggestions of the newest version of the articles (an index reader, a collection's
 * contents), built on a background thread: building them reads every title and the terms of the
 * index (about 5 s at 100,000 articles on two busy cores), which no request should wait for. When
 * a newer version appears, the suggestions of the previous one are served until those of the new
 * one are ready; only the very first request waits for a build. Thread-safe.
 */
final class LiveSuggestions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSuggestions.class);

    record Built(long version, Suggestions suggestions) {}

    private final UnaryOperator<Built> source;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "lupa-suggest-build");
        t.setDaemon(true);
        return t;
    });

    private volatile Built current;
    /** The build under way, or null. Guarded by this. */
    private CompletableFuture<Built> building;

    /**
     * @param source builds the suggestions of the newest version, given those built last (null at
     *     first), which it returns when the version has not changed
     */
    LiveSuggestions(UnaryOperator<Built> source) {
        this.source = source;
    }

    /** The suggestions of the embedded index's newest reader. */
    static LiveSuggestions of(LiveIndex index) {
        return new LiveSuggestions(last -> index.withSearcher(searcher -> {
            long version = version(searcher);
            if (last != null && last.version() == version) {
                return last;
            }
            return new Built(version, Suggestions.build(searcher.getIndexReader(), searcher.companyCounts()));
        }));
    }

    /** The version of a searcher's reader, as {@link #of(long)} takes it. */
    static long version(ReaderSearcher searcher) {
        return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    }

    /** The suggestions of a version, or those of the previous version while these are built. */
    Suggestions of(long version) {
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
        long start = System.nanoTime();
        Built built = source.apply(current);
        if (built != current) {
            LOG.debug(
                    "suggestions built in {} ms: {}",
                    (System.nanoTime() - start) / 1_000_000,
                    built.suggestions().sizes());
        }
        current = built;
        return built;
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }
}
