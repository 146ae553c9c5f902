package pl.lupa.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.lupa.bench.corpus.BenchQuery;
import pl.lupa.bench.corpus.CorpusFiles;
import pl.lupa.bench.corpus.QueryMix;
import pl.lupa.bench.corpus.SentencePool;
import pl.lupa.bench.measure.HttpBench;
import pl.lupa.bench.measure.IndexingBench;
import pl.lupa.bench.measure.LatencyStats;
import pl.lupa.bench.measure.Readiness;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.Gazetteer;
import pl.lupa.index.IndexListener;
import pl.lupa.index.IndexSummary;
import pl.lupa.index.SolrIndexJob;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.SolrSearcher;
import pl.lupa.solrcloud.SolrCloudClient;
import pl.lupa.solrcloud.SolrCollections;

/**
 * Lupa on SolrCloud against the embedded index, on the same corpus: {@code lupa index --solr
 * --full}'s throughput into a running cluster, then the query mix over HTTP through Lupa's server
 * on each backend ({@code serve} and {@code serve --solr}), series by series.
 */
@Command(
        name = "solr",
        mixinStandardHelpOptions = true,
        description = "Indexes the scale corpus into a SolrCloud collection (a rebuild behind its alias) and "
                + "compares GET /api/search served from it with the embedded index on the same corpus.")
final class SolrCommand implements Callable<Integer> {

    @Option(names = "--solr", required = true, paramLabel = "URL", description = "A node, as http://host:8983/solr.")
    String solr;

    @Option(
            names = "--collection",
            defaultValue = "news",
            description = "The alias to rebuild (default: ${DEFAULT-VALUE}).")
    String collection;

    @Option(names = "--docs", defaultValue = "100000", description = "Articles (default: ${DEFAULT-VALUE}).")
    long docs;

    @Option(
            names = "--work",
            defaultValue = "bench/work",
            description = "Corpus and embedded index (reused when present) (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--samples",
            defaultValue = "sample-docs",
            description = "Sample articles (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--extra-text", paramLabel = "FILE", description = "JSON Lines with a text field.")
    Path extraText;

    @Option(names = "--threads", defaultValue = "2", description = "Indexing threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--queries", defaultValue = "1000", description = "Queries per series (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warmup", defaultValue = "200", description = "Warm-up queries (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--clients",
            split = ",",
            defaultValue = "1,4",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(
            names = "--max-seconds",
            defaultValue = "60",
            description = "Longest a series runs (default: ${DEFAULT-VALUE}).")
    int maxSeconds;

    @Option(names = "--skip-index", description = "Search the collection as it is, without rebuilding it.")
    boolean skipIndex;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter log = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(work);
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            System.setProperty(
                    "org.slf4j.simpleLogger.logFile", work.resolve("server.log").toString());
        }
        var pool = SentencePool.load(samples, Optional.ofNullable(extraText));
        var corpus = CorpusFiles.ensure(work, docs, seed, pool, log);
        Path embeddedIndex = work.resolve("index-lupa");
        if (!Files.isDirectory(embeddedIndex)) {
            new IndexingBench(threads, log).lupa(corpus, embeddedIndex);
        }
        var client = new SolrCloudClient(List.of(solr), Duration.ofMinutes(5));
        var collections = new SolrCollections(client);
        var rows = new ArrayList<String>();
        if (!skipIndex) {
            log.printf("indexing %,d articles into %s behind %s (a rebuild)%n", corpus.docs(), solr, collection);
            log.flush();
            long start = System.nanoTime();
            IndexSummary summary = new SolrIndexJob(
                            new SolrIndexJob.Options(List.of(corpus.folder()), collection, true, 10L << 20, threads),
                            client,
                            new EntityExtractor(Gazetteer.bundled()),
                            new IndexListener() {})
                    .run();
            double seconds = (System.nanoTime() - start) / 1e9;
            var state = collections.state(collection);
            rows.add(String.format(
                    "| indexing: `index --solr --full` | %d threads | %,d | %d skipped | – | – | – | %,.0f docs/s · %.2f MB/s"
                            + " | %.1f s; %d nodes, %d shards × %d replicas |",
                    threads,
                    summary.added(),
                    summary.skipped().size(),
                    summary.added() / seconds,
                    corpus.bytes() / 1e6 / seconds,
                    seconds,
                    state.liveNodes().size(),
                    state.shards(),
                    state.replicas() / Math.max(1, state.shards())));
            log.printf("  %s%n", rows.get(0));
        }
        var mix = QueryMix.fromCorpus(corpus.file());
        List<BenchQuery> mixed = mix.queries(seed, queries);
        List<BenchQuery> warm = mix.queries(seed + 1, warmup);
        var http = new HttpBench(Duration.ofSeconds(maxSeconds), warmup, clients, log);
        var stats = new ArrayList<LatencyStats>();
        try (var embedded = new LupaSearcher(embeddedIndex, Readiness.REFRESH, Readiness.BUDGET)) {
            stats.addAll(http.run(embedded, "HTTP embedded ", mixed, warm, true, true));
        }
        try (var cloud = new SolrSearcher(client, collection, Readiness.BUDGET)) {
            stats.addAll(http.run(cloud, "HTTP SolrCloud ", mixed, warm, true, true));
        }
        out.println("| measurement | clients | n | errors | p50 ms | p95 ms | p99 ms | throughput | notes |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        rows.forEach(out::println);
        for (LatencyStats s : stats) {
            out.printf(
                    "| %s | %d | %,d | %d | %.3f | %.3f | %.3f | %,.0f req/s | median matches %,d%s |%n",
                    s.name(),
                    s.clients(),
                    s.completed(),
                    s.errors(),
                    s.p50Nanos() / 1e6,
                    s.p95Nanos() / 1e6,
                    s.p99Nanos() / 1e6,
                    s.perSecond(),
                    s.medianHits(),
                    s.firstError() == null ? "" : "; first error: " + s.firstError());
        }
        out.flush();
        return 0;
    }
}
