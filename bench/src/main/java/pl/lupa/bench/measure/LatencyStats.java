package pl.lupa.bench.measure;

import org.HdrHistogram.Histogram;

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
public record LatencyStats(
        String name,
        int clients,
        int completed,
        int errors,
        int timeouts,
        long zeroHits,
        long medianHits,
        long p50Nanos,
        long p95Nanos,
        long p99Nanos,
        double seconds,
        long gcMillis,
        String firstError) {

    /** Percentiles of the successful requests' latencies, from an HdrHistogram (three significant digits). */
    static LatencyStats of(
            String name,
            int clients,
            long[] latencies,
            int errors,
            int timeouts,
            long zeroHits,
            long medianHits,
            double seconds,
            long gcMillis,
            String firstError) {
        Histogram histogram = histogram(latencies);
        return new LatencyStats(
                name,
                clients,
                latencies.length,
                errors,
                timeouts,
                zeroHits,
                medianHits,
                percentile(histogram, 50),
                percentile(histogram, 95),
                percentile(histogram, 99),
                seconds,
                gcMillis,
                firstError);
    }

    public double perSecond() {
        return completed / Math.max(seconds, 1e-9);
    }

    /** The values (nanoseconds, or numbers of matches) in a histogram that keeps three significant digits. */
    static Histogram histogram(long[] values) {
        var histogram = new Histogram(3);
        for (long v : values) {
            histogram.recordValue(Math.max(0, v));
        }
        return histogram;
    }

    /** The value at a percentile (0–100), or 0 when nothing was recorded. */
    static long percentile(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile);
    }
}
