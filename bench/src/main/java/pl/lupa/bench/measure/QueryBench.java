package pl.lupa.bench.measure;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import pl.lupa.bench.corpus.BenchQuery;
import pl.lupa.index.ArticleSchema;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.RequestParser;
import pl.lupa.search.SearchResult;

/**
 * In-process query latency over the built index: a bare Lucene top-10 search (the floor), then
 * Lupa's search without facets and snippets, with facets, and with both, each with the words
 * required (AND) and joined by OR, at each client count. Each mode is warmed up first.
 */
public final class QueryBench {

    static final String BARE = "bare Lucene top-10";
    static final String BARE_FACETS = "bare Lucene top-10 + facets";

    /** One step of Lupa's search: a name and the request parameters it adds to a query's own. */
    record Step(String name, Map<String, List<String>> params) {

        /** The query's parameters with this step's. */
        Map<String, List<String>> with(BenchQuery query, boolean or) {
            var all = new LinkedHashMap<>(query.params(or));
            all.putAll(params);
            return all;
        }
    }

    /** The top hits alone, with facet counts, with facets and snippets (what the web page asks for). */
    static final List<Step> STEPS = List.of(
            new Step("top-10", Map.of("facets", List.of("false"), "snippets", List.of("false"))),
            new Step("+ facets", Map.of("snippets", List.of("false"))),
            new Step("full (facets + snippets)", Map.of()));

    private final Duration limit;
    private final int warmup;
    private final List<Integer> clients;
    private final PrintWriter log;

    public QueryBench(Duration limit, int warmup, List<Integer> clients, PrintWriter log) {
        this.limit = limit;
        this.warmup = warmup;
        this.clients = List.copyOf(clients);
        this.log = log;
    }

    /**
     * The floors: a bare top-10, which may skip what cannot compete, and the same query with
     * facet counts, which must visit every match as any exact faceted search does.
     */
    public List<LatencyStats> bare(Path indexDir, List<BenchQuery> mix, List<BenchQuery> warm)
            throws IOException, InterruptedException {
        var queries = new BareQueries();
        try (Directory dir = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            var searcher = new IndexSearcher(reader);
            var out = new ArrayList<>(measure(BARE, mix, warm, or -> q -> {
                TopDocs top = searcher.search(queries.build(q, or), 10);
                return new LoadRunner.Outcome(top.totalHits.value, false);
            }));
            var facetState = new DefaultSortedSetDocValuesReaderState(reader, ArticleSchema.facetsConfig());
            out.addAll(measure(BARE_FACETS, mix, warm, or -> q -> {
                var result =
                        FacetsCollectorManager.search(searcher, queries.build(q, or), 10, new FacetsCollectorManager());
                var counts = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
                for (String dim : ArticleSchema.DIMENSIONS) {
                    try {
                        counts.getAllChildren(dim); // every value with its count, as Lupa lists them
                    } catch (IllegalArgumentException notIndexed) {
                        // no article has this dimension
                    }
                }
                return new LoadRunner.Outcome(result.topDocs().totalHits.value, false);
            }));
            return out;
        }
    }

    /** Lupa's search in each of its {@link #STEPS}. */
    public List<LatencyStats> lupa(LupaSearcher searcher, List<BenchQuery> mix, List<BenchQuery> warm)
            throws InterruptedException {
        var out = new ArrayList<LatencyStats>();
        for (Step step : STEPS) {
            out.addAll(measure("Lupa " + step.name(), mix, warm, or -> q -> {
                SearchResult result = searcher.search(RequestParser.parse(step.with(q, or)));
                return new LoadRunner.Outcome(result.total(), result.timedOut());
            }));
        }
        return out;
    }

    /** A mode's operation for AND ({@code false}) or OR ({@code true}). */
    @FunctionalInterface
    interface Mode {
        LoadRunner.Operation<BenchQuery> operation(boolean or);
    }

    private List<LatencyStats> measure(String name, List<BenchQuery> mix, List<BenchQuery> warm, Mode mode)
            throws InterruptedException {
        log.printf("queries: %s, warming up with %d queries%n", name, Math.min(warmup, warm.size()));
        log.flush();
        List<BenchQuery> warmList = warm.subList(0, Math.min(warmup, warm.size()));
        LoadRunner.run("warm-up", warmList, clients.get(clients.size() - 1), limit, mode.operation(false));
        LoadRunner.run("warm-up", warmList, clients.get(clients.size() - 1), limit, mode.operation(true));
        var out = new ArrayList<LatencyStats>();
        for (boolean or : new boolean[] {false, true}) {
            for (int c : clients) {
                LatencyStats stats =
                        LoadRunner.run(name + ", " + (or ? "OR" : "AND"), mix, c, limit, mode.operation(or));
                log.printf(
                        "  %s, %d client(s): p50 %.3f ms, %.0f/s%n",
                        stats.name(), c, stats.p50Nanos() / 1e6, stats.perSecond());
                log.flush();
                out.add(stats);
            }
        }
        return out;
    }
}
