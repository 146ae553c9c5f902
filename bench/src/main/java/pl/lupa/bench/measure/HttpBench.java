package pl.lupa.bench.measure;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import pl.lupa.bench.corpus.BenchQuery;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.SearchBackend;
import pl.lupa.web.WebApp;

/**
 * The query mix through the real HTTP stack: Lupa's web app on a loopback port, a lean
 * keep-alive client ({@link KeepAliveClient}, one connection per client) sending
 * {@code GET /api/search}. Any status but 200 is an error. Client and server share the
 * machine's cores, as they do when a benchmark runs on one machine.
 */
public final class HttpBench {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String LOOPBACK = "127.0.0.1";

    private final Duration limit;
    private final int warmup;
    private final List<Integer> clients;
    private final PrintWriter log;

    public HttpBench(Duration limit, int warmup, List<Integer> clients, PrintWriter log) {
        this.limit = limit;
        this.warmup = warmup;
        this.clients = List.copyOf(clients);
        this.log = log;
    }

    public List<LatencyStats> run(LupaSearcher searcher, List<BenchQuery> mix, List<BenchQuery> warm)
            throws InterruptedException {
        return run(searcher, "HTTP ", mix, warm, true, false);
    }

    /**
     * @param label     what each series' name starts with
     * @param suggest   measure {@code /api/suggest} too
     * @param related   measure {@code /api/documents/{id}/related} too
     */
    public List<LatencyStats> run(
            SearchBackend searcher,
            String label,
            List<BenchQuery> mix,
            List<BenchQuery> warm,
            boolean suggest,
            boolean related)
            throws InterruptedException {
        Javalin app = WebApp.create(searcher).start(LOOPBACK, 0);
        try (var http = new KeepAliveClient(LOOPBACK, app.port(), (int) REQUEST_TIMEOUT.toMillis())) {
            log.printf(
                    "http: serving on %s:%d, warming up with %d requests%n",
                    LOOPBACK, app.port(), Math.min(warmup, warm.size()));
            log.flush();
            LoadRunner.run(
                    "warm-up",
                    warm.subList(0, Math.min(warmup, warm.size())),
                    clients.get(clients.size() - 1),
                    limit,
                    q -> send(http, "/api/search?" + queryString(q.params(false))));
            var out = new ArrayList<LatencyStats>();
            for (QueryBench.Step step : QueryBench.STEPS) {
                for (boolean or : new boolean[] {false, true}) {
                    String name = label + step.name() + ", " + (or ? "OR" : "AND");
                    for (int c : clients) {
                        LatencyStats stats = LoadRunner.run(
                                name, mix, c, limit, q -> send(http, "/api/search?" + queryString(step.with(q, or))));
                        log.printf(
                                "  %s, %d client(s): p50 %.3f ms, %.0f req/s, %d errors%n",
                                name, c, stats.p50Nanos() / 1e6, stats.perSecond(), stats.errors());
                        log.flush();
                        out.add(stats);
                    }
                }
            }
            if (suggest) {
                out.addAll(suggest(http, label, mix));
            }
            if (related) {
                out.addAll(related(http, label, mix));
            }
            return out;
        } finally {
            app.stop();
        }
    }

    /**
     * {@code GET /api/suggest} with prefixes of the mix's first words (3 to 6 letters), after one
     * request that waits for the suggestions to be built.
     */
    private List<LatencyStats> suggest(KeepAliveClient http, String label, List<BenchQuery> mix)
            throws InterruptedException {
        var prefixes = new ArrayList<String>();
        for (int i = 0; i < mix.size(); i++) {
            String word = mix.get(i).items().get(0).replace("\"", "").split(" ")[0];
            prefixes.add(word.substring(0, Math.min(word.length(), 3 + i % 4)));
        }
        long start = System.nanoTime();
        LoadRunner.run("suggest build", List.of("a"), 1, limit, p -> suggestion(http, p));
        log.printf("  suggestions built and first answered in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        var out = new ArrayList<LatencyStats>();
        for (int c : clients) {
            LatencyStats stats = LoadRunner.run(label + "suggest", prefixes, c, limit, p -> suggestion(http, p));
            log.printf(
                    "  %ssuggest, %d client(s): p50 %.3f ms, p99 %.3f ms, %d errors%n",
                    label, c, stats.p50Nanos() / 1e6, stats.p99Nanos() / 1e6, stats.errors());
            log.flush();
            out.add(stats);
        }
        return out;
    }

    /**
     * {@code GET /api/documents/{id}/related} (10 related articles) for the first hit of each query
     * of the mix; "matches" are the related articles listed.
     */
    private List<LatencyStats> related(KeepAliveClient http, String label, List<BenchQuery> mix)
            throws InterruptedException {
        var ids = new java.util.LinkedHashSet<String>();
        for (BenchQuery q : mix) {
            try {
                KeepAliveClient.Reply reply =
                        http.get("/api/search?size=1&facets=false&snippets=false&" + queryString(q.params(false)));
                var hits = JSON.readTree(reply.body()).path("hits");
                if (hits.size() > 0) {
                    ids.add(hits.get(0).path("id").asText());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("finding articles to relate failed", e);
            }
        }
        var out = new ArrayList<LatencyStats>();
        for (int c : clients) {
            LatencyStats stats = LoadRunner.run(label + "related", List.copyOf(ids), c, limit, id -> {
                String target = "/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/related";
                KeepAliveClient.Reply response = http.get(target);
                if (response.status() != 200) {
                    throw new IllegalStateException("HTTP " + response.status() + " for " + target);
                }
                return new LoadRunner.Outcome(
                        JSON.readTree(response.body()).path("hits").size(), false);
            });
            log.printf(
                    "  %srelated, %d client(s): p50 %.3f ms, p99 %.3f ms, %d errors%n",
                    label, c, stats.p50Nanos() / 1e6, stats.p99Nanos() / 1e6, stats.errors());
            log.flush();
            out.add(stats);
        }
        return out;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static LoadRunner.Outcome suggestion(KeepAliveClient http, String prefix) throws Exception {
        String target = "/api/suggest?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
        KeepAliveClient.Reply response = http.get(target);
        if (response.status() != 200) {
            throw new IllegalStateException("HTTP " + response.status() + " for " + target);
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return new LoadRunner.Outcome(body.split("\"text\":", -1).length - 1, false);
    }

    private static LoadRunner.Outcome send(KeepAliveClient http, String target) throws Exception {
        KeepAliveClient.Reply response = http.get(target);
        if (response.status() != 200) {
            throw new IllegalStateException("HTTP " + response.status() + " for " + target);
        }
        // A byte scan rather than a JSON parse: the client shares the cores with the server.
        String body = new String(response.body(), StandardCharsets.ISO_8859_1);
        boolean timedOut = body.contains("\"timedOut\":true");
        return new LoadRunner.Outcome(total(body), timedOut);
    }

    /** The number after {@code "total":}, or -1 when the body has none. */
    static long total(String body) {
        int at = body.indexOf("\"total\":");
        if (at < 0) {
            return -1;
        }
        long n = 0;
        int i = at + "\"total\":".length();
        if (i >= body.length() || !Character.isDigit(body.charAt(i))) {
            return -1;
        }
        for (; i < body.length() && Character.isDigit(body.charAt(i)); i++) {
            n = n * 10 + (body.charAt(i) - '0');
        }
        return n;
    }

    static String queryString(Map<String, List<String>> params) {
        var joiner = new StringJoiner("&");
        params.forEach((name, values) -> values.forEach(v -> joiner.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return joiner.toString();
    }
}
