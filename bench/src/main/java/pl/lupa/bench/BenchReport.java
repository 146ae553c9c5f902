package pl.lupa.bench;

import java.util.List;

/**
 * Everything one {@code lupa bench run} measured, for the report.
 *
 * @param http empty when the HTTP part was skipped
 */
record BenchReport(
        Environment environment,
        Settings settings,
        CorpusFiles.Corpus corpus,
        int poolSentences,
        IndexingResult lupa,
        IndexingResult baseline,
        Readiness.Result readiness,
        List<LatencyStats> queries,
        List<LatencyStats> http) {

    /** The knobs of a run, as given on the command line. */
    record Settings(
            long docs,
            long seed,
            int threads,
            int queries,
            int warmup,
            List<Integer> clients,
            int maxSeconds,
            boolean extraText) {

        Settings {
            clients = List.copyOf(clients);
        }
    }

    BenchReport {
        queries = List.copyOf(queries);
        http = List.copyOf(http);
    }
}
