package pl.lupa.bench.report;

import java.util.List;
import pl.lupa.bench.corpus.CorpusFiles;
import pl.lupa.bench.measure.IndexingResult;
import pl.lupa.bench.measure.LatencyStats;
import pl.lupa.bench.measure.Readiness;

/**
 * Everything one {@code lupa bench run} measured, for the report.
 *
 * @param http empty when the HTTP part was skipped
 */
public record BenchReport(
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
    public record Settings(
            long docs,
            long seed,
            int threads,
            int queries,
            int warmup,
            List<Integer> clients,
            int maxSeconds,
            boolean extraText) {

        public Settings {
            clients = List.copyOf(clients);
        }
    }

    public BenchReport {
        queries = List.copyOf(queries);
        http = List.copyOf(http);
    }
}
