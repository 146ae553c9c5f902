package pl.lupa.index;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The indexing threads of one run. At most a few tasks per thread wait in line, so reading input
 * never runs far ahead of indexing it; the first failure of any task stops the others from
 * starting and is rethrown to the submitting thread at its next {@link #checkFailure()}.
 */
final class WorkerPool implements AutoCloseable {

    /** A unit of indexing work. */
    @FunctionalInterface
    interface Task {
        void run() throws IOException;
    }

    private final ExecutorService pool;
    private final Semaphore inFlight;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    WorkerPool(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            var t = new Thread(runnable, "lupa-index");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new Semaphore(threads * 4);
    }

    /** Runs the task on a pool thread; blocks while the line of waiting tasks is full. */
    void submit(Task task) throws InterruptedException {
        inFlight.acquire();
        pool.execute(() -> {
            try {
                if (failure.get() == null) {
                    task.run();
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                inFlight.release();
            }
        });
    }

    /** Waits for every submitted task; rethrows the first failure. */
    void awaitAll() throws IOException, InterruptedException {
        pool.shutdown();
        while (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
            checkFailure();
        }
        checkFailure();
    }

    /** Rethrows the first failure of any task, as it was. */
    void checkFailure() throws IOException {
        Throwable t = failure.get();
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IOException(t);
        }
    }

    /**
     * Lets running tasks end without interrupting them: Lucene's file channels close for good
     * when a thread using them is interrupted (the index's write lock among them), which would
     * turn a clean rollback into a second failure. Tasks not yet started are skipped once a
     * failure is recorded, so this waits at most for the documents being indexed.
     */
    @Override
    public void close() {
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
