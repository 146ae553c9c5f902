package pl.lupa.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.lupa.bench.corpus.BenchQuery;
import pl.lupa.bench.corpus.CorpusFiles;
import pl.lupa.bench.corpus.QueryMix;
import pl.lupa.bench.corpus.SentencePool;
import pl.lupa.bench.measure.HttpBench;
import pl.lupa.bench.measure.IndexingBench;
import pl.lupa.bench.measure.IndexingResult;
import pl.lupa.bench.measure.LatencyStats;
import pl.lupa.bench.measure.QueryBench;
import pl.lupa.bench.measure.Readiness;
import pl.lupa.bench.report.BenchReport;
import pl.lupa.bench.report.Environment;
import pl.lupa.search.LupaSearcher;

/**
 * One benchmark run, start to end: corpus, indexing (Lupa and baseline), serve readiness,
 * in-process queries, HTTP. Progress goes to the log; the numbers go into the report.
 */
public final class BenchRun {

    /** Records indexed by both indexers before the timed runs. */
    public static final int WARMUP_DOCS = 10_000;

    private final BenchReport.Settings settings;
    private final Path work;
    private final Path samples;
    private final Optional<Path> extraText;
    private final boolean skipHttp;
    private final String command;
    private final PrintWriter log;

    BenchRun(
            BenchReport.Settings settings,
            Path work,
            Path samples,
            Optional<Path> extraText,
            boolean skipHttp,
            String command,
            PrintWriter log) {
        this.settings = settings;
        this.work = work;
        this.samples = samples;
        this.extraText = extraText;
        this.skipHttp = skipHttp;
        this.command = command;
        this.log = log;
    }

    BenchReport execute() throws IOException, InterruptedException {
        double loadBefore = Environment.loadAverage();
        Files.createDirectories(work);
        var pool = SentencePool.load(samples, extraText);
        var corpus = CorpusFiles.ensure(work, settings.docs(), settings.seed(), pool, log);
        Path lupaIndex = work.resolve("index-lupa");
        Indexing indexing = index(corpus, lupaIndex, work.resolve("index-baseline"));

        var mix = QueryMix.fromCorpus(corpus.file());
        List<BenchQuery> queries = mix.queries(settings.seed(), settings.queries());
        List<BenchQuery> warm = mix.queries(settings.seed() + 1, settings.warmup());

        log.println("readiness: new LupaSearcher → first result, here and in a fresh JVM");
        log.flush();
        Readiness.Result readiness =
                Readiness.measure(lupaIndex, queries.get(0).words().get(0));

        Duration limit = Duration.ofSeconds(settings.maxSeconds());
        var queryBench = new QueryBench(limit, settings.warmup(), settings.clients(), log);
        var inProcess = new ArrayList<>(queryBench.bare(lupaIndex, queries, warm));
        List<LatencyStats> http = List.of();
        try (var searcher = new LupaSearcher(lupaIndex, Readiness.REFRESH, Readiness.BUDGET)) {
            inProcess.addAll(queryBench.lupa(searcher, queries, warm));
            if (!skipHttp) {
                http = new HttpBench(limit, settings.warmup(), settings.clients(), log).run(searcher, queries, warm);
            }
        }
        return new BenchReport(
                Environment.current(command, loadBefore),
                settings,
                corpus,
                pool.sentences().size(),
                indexing.lupa(),
                indexing.baseline(),
                readiness,
                inProcess,
                http);
    }

    private record Indexing(IndexingResult lupa, IndexingResult baseline) {}

    /** Lupa's job, then the baseline, both from scratch after a shared warm-up. */
    private Indexing index(CorpusFiles.Corpus corpus, Path lupaIndex, Path baselineIndex) throws IOException {
        var indexing = new IndexingBench(settings.threads(), log);
        IndexingBench.deleteTree(lupaIndex);
        IndexingBench.deleteTree(baselineIndex);
        indexing.warmUp(corpus.file(), work, (int) Math.min(WARMUP_DOCS, settings.docs()));
        IndexingResult lupa = indexing.lupa(corpus, lupaIndex);
        log.printf("  %,.0f docs/s, %.1f s%n", lupa.docsPerSecond(), lupa.seconds());
        IndexingResult baseline = indexing.baseline(corpus, baselineIndex);
        log.printf("  %,.0f docs/s, %.1f s%n", baseline.docsPerSecond(), baseline.seconds());
        log.flush();
        return new Indexing(lupa, baseline);
    }
}
