package pl.lupa.bench;

import java.util.Arrays;

/**
 * Latencies of one measured series.
 *
 * @param completed requests that returned (errors not included)
 * @param timeouts  searches that hit their time budget and returned partial results
 * @param zeroHits  completed requests with no hit, or -1 when the client cannot tell
 * @param medianHits the median number of matches (lower bounds where the search stopped
 *                  counting), or -1 when the client cannot tell
 * @param seconds   wall time from the first request sent to the last answer
 * @param gcMillis  time the JVM spent in garbage collection meanwhile
 * @param firstError what the first failed request said, or null
 */
record LatencyStats(String name, int clients, int completed, int errors, int timeouts, long zeroHits, long medianHits,
        long p50Nanos, long p95Nanos, long p99Nanos, double seconds, long gcMillis, String firstError) {

    /** Nearest-rank percentiles of the successful requests' latencies. */
    static LatencyStats of(String name, int clients, long[] latencies, int errors, int timeouts, long zeroHits,
            long medianHits, double seconds, long gcMillis, String firstError) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new LatencyStats(name, clients, sorted.length, errors, timeouts, zeroHits, medianHits,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), seconds, gcMillis, firstError);
    }

    double perSecond() {
        return completed / Math.max(seconds, 1e-9);
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
