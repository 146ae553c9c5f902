package pl.lupa.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Replays a list of requests from a number of concurrent clients, each sending its next request
 * as soon as the previous one answered (closed loop), and records every latency. Bounded twice:
 * by the list (each request is sent at most once) and by a time limit after which no client
 * starts another request.
 */
final class LoadRunner {

    /** What a request found: its hit count (-1 when unknown) and whether it ran out of time. */
    record Outcome(long hits, boolean timedOut) {
        static final Outcome UNKNOWN = new Outcome(-1, false);
    }

    @FunctionalInterface
    interface Operation<T> {
        Outcome run(T request) throws Exception;
    }

    /** A client that has not answered this long after the time limit is abandoned. */
    private static final Duration GRACE = Duration.ofSeconds(60);

    private LoadRunner() {}

    static <T> LatencyStats run(String name, List<T> requests, int clients, Duration limit, Operation<T> operation)
            throws InterruptedException {
        int n = requests.size();
        long[] latency = new long[n];
        Outcome[] outcomes = new Outcome[n];
        var next = new AtomicInteger();
        var errors = new AtomicInteger();
        var firstError = new AtomicReference<String>();
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            var t = new Thread(r, "bench-client");
            t.setDaemon(true);
            return t;
        });
        long begin;
        long end;
        long gcBefore = HeapSampler.gcMillis();
        try {
            long[] deadline = new long[1];
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    int i;
                    while ((i = next.getAndIncrement()) < n
                            && System.nanoTime() - deadline[0] < 0
                            && !Thread.currentThread().isInterrupted()) {
                        long t0 = System.nanoTime();
                        try {
                            Outcome o = operation.run(requests.get(i));
                            latency[i] = Math.max(1, System.nanoTime() - t0);
                            outcomes[i] = o;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                        }
                    }
                });
            }
            begin = System.nanoTime();
            deadline[0] = begin + limit.toNanos();
            start.countDown();
            pool.shutdown();
            if (!pool.awaitTermination(limit.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS)) {
                firstError.compareAndSet(
                        null, "clients still busy " + GRACE.toSeconds() + " s after the time limit; abandoned");
            }
            end = System.nanoTime();
        } finally {
            pool.shutdownNow();
        }
        long gc = HeapSampler.gcMillis() - gcBefore;
        return collect(name, clients, latency, outcomes, errors.get(), (end - begin) / 1e9, gc, firstError.get());
    }

    private static LatencyStats collect(
            String name,
            int clients,
            long[] latency,
            Outcome[] outcomes,
            int errors,
            double seconds,
            long gcMillis,
            String firstError) {
        var done = new ArrayList<Long>();
        var hits = new ArrayList<Long>();
        int timeouts = 0;
        long zeroHits = 0;
        boolean hitsKnown = true;
        for (int i = 0; i < latency.length; i++) {
            Outcome o = outcomes[i];
            if (o == null) {
                continue;
            }
            done.add(latency[i]);
            timeouts += o.timedOut() ? 1 : 0;
            if (o.hits() < 0) {
                hitsKnown = false;
            } else if (o.hits() == 0) {
                zeroHits++;
            }
            hits.add(o.hits());
        }
        long[] nanos = done.stream().mapToLong(Long::longValue).toArray();
        long medianHits = hitsKnown
                ? LatencyStats.percentile(
                        LatencyStats.histogram(
                                hits.stream().mapToLong(Long::longValue).toArray()),
                        50)
                : -1;
        return LatencyStats.of(
                name,
                clients,
                nanos,
                errors,
                timeouts,
                hitsKnown ? zeroHits : -1,
                medianHits,
                seconds,
                gcMillis,
                firstError);
    }
}
