package pl.lupa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.index.IndexJob;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.SearchBackend;
import pl.lupa.search.SearchRequest;
import pl.lupa.search.SolrSearcher;
import pl.lupa.web.WebApp;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the search page and the JSON API.",
            "Indexes --docs first when the index is missing or empty; picks up newer commits of a concurrently "
                    + "running 'lupa index' within seconds, without a restart.",
            "With --solr it searches a SolrCloud collection instead (filled by 'lupa index --solr')."
        })
final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--index",
            paramLabel = "DIR",
            defaultValue = "index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(
            names = "--docs",
            paramLabel = "DIR",
            defaultValue = "sample-docs",
            description = "Articles to index when the index is missing or empty (default: ${DEFAULT-VALUE}).")
    List<Path> docs;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--port",
            defaultValue = "7070",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--time-budget",
            paramLabel = "MS",
            defaultValue = "2000",
            description =
                    "Time a search may take; past it the search stops and answers \"timedOut\": true with no hits "
                            + "(default: ${DEFAULT-VALUE} ms).")
    long budgetMs;

    @Option(names = "--access-log", description = "Log one line per request: method, path, status, time.")
    boolean accessLog;

    @Mixin
    CompanyOption companies;

    @Mixin
    SolrOption solr;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!solr.enabled() && isMissingOrEmpty(index)) {
            out.println("No index at " + index + " yet: indexing " + docs + " first.");
            out.flush();
            try (var progress = ProgressReporter.forConsole(spec.commandLine().getErr())) {
                var summary = new IndexJob(
                                IndexJob.Options.of(docs, index, false),
                                new EntityExtractor(companies.gazetteer()),
                                progress)
                        .run();
                out.print(summary.report());
            }
        }
        // one node may take a little more than the budget before the next is tried
        SearchBackend searcher = solr.enabled()
                ? new SolrSearcher(
                        solr.client(Duration.ofMillis(budgetMs + 1000)), solr.collection, Duration.ofMillis(budgetMs))
                : new LupaSearcher(index, Duration.ofSeconds(1), Duration.ofMillis(budgetMs));
        if (searcher.health().ready()) {
            // Loads the dictionary and warms the query path, so the first visitor does not wait.
            searcher.search(SearchRequest.of("rynek technologii"));
        }
        var app = WebApp.create(searcher, accessLog);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            app.stop();
                            try {
                                searcher.close();
                            } catch (Exception ignored) {
                                // shutting down anyway
                            }
                            stopped.countDown();
                        },
                        "lupa-shutdown"));
        app.start(host, port);
        searcher.prepareSuggestions();
        var health = searcher.health();
        out.printf(
                "Lupa is serving %s documents from %s on http://%s:%d/ (Ctrl+C stops it)%n",
                health.ready() ? String.valueOf(health.documents()) : "no",
                solr.enabled() ? "SolrCloud collection " + solr.collection + " at " + solr.urls : index,
                host,
                app.port());
        if (!health.ready()) {
            out.println("Index not ready: " + health.message());
        }
        out.flush();
        stopped.await();
        return 0;
    }

    private static boolean isMissingOrEmpty(Path index) {
        try (var dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) {
                return true;
            }
            try (var reader = DirectoryReader.open(dir)) {
                return reader.numDocs() == 0;
            }
        } catch (Exception e) {
            return false; // a damaged index is reported by the server, not silently rebuilt
        }
    }
}
