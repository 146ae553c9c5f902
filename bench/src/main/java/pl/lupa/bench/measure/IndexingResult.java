package pl.lupa.bench.measure;

/**
 * One timed indexing run.
 *
 * @param inputBytes size of the corpus file
 * @param indexBytes size of the index folder after the commit
 */
public record IndexingResult(
        String name,
        int threads,
        long docs,
        long inputBytes,
        double seconds,
        HeapSampler.Usage heap,
        long indexBytes,
        int skipped) {

    public double docsPerSecond() {
        return docs / Math.max(seconds, 1e-9);
    }

    public double megabytesPerSecond() {
        return inputBytes / 1e6 / Math.max(seconds, 1e-9);
    }
}
