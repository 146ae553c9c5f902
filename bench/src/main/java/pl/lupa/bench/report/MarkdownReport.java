package pl.lupa.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pl.lupa.bench.BenchRun;
import pl.lupa.bench.measure.HeapSampler;
import pl.lupa.bench.measure.IndexingResult;
import pl.lupa.bench.measure.LatencyStats;
import pl.lupa.bench.measure.Readiness;

/** Renders a {@link BenchReport} as one Markdown section: where it ran, then one table. */
public final class MarkdownReport {

    private static final String DASH = "–";

    private MarkdownReport() {}

    public static String render(BenchReport r) {
        var out = new StringBuilder();
        Environment env = r.environment();
        BenchReport.Settings s = r.settings();
        out.append("### `lupa bench run`, ").append(env.date()).append("\n\n");
        out.append("- command: `").append(env.command()).append("`\n");
        out.append(f(
                "- machine: %d cores, %s, CPU %s; max heap %s; load average %.2f before, %.2f after%n",
                env.cores(), env.os(), env.cpu(), mb(env.maxHeapBytes()), env.loadBefore(), env.loadAfter()));
        out.append("- JVM: ")
                .append(env.jvm())
                .append("; GC: ")
                .append(env.gc())
                .append("; flags: `")
                .append(env.jvmFlags().isEmpty() ? "(none)" : String.join(" ", env.jvmFlags()))
                .append("`\n");
        out.append(f(
                "- corpus: %,d articles, %s (%,.0f bytes each), seed %d, recombined from %,d real sentences (%s); %s%n",
                r.corpus().docs(),
                mb(r.corpus().bytes()),
                (double) r.corpus().bytes() / Math.max(1, r.corpus().docs()),
                s.seed(),
                r.poolSentences(),
                s.extraText() ? "sample articles + extra text" : "sample articles",
                r.corpus().reused()
                        ? "reused"
                        : f("generated in %.1f s", r.corpus().generateSeconds())));
        out.append(f(
                "- queries: %,d (seed %d): 1–3 frequent corpus words, 20%% with a quoted phrase, 30%% with a company or "
                        + "dollar filter; OR = the same items joined by OR; %,d warm-up queries per mode; each series stops after "
                        + "its %,d queries or %d s%n",
                s.queries(), s.seed(), s.warmup(), s.queries(), s.maxSeconds()));
        out.append(f(
                "- indexing: both indexers first index the corpus's first %,d articles untimed, in the same JVM, so "
                        + "neither timed run compiles code the other already warmed; the notes give what the JIT still compiled "
                        + "during each%n",
                Math.min(BenchRun.WARMUP_DOCS, s.docs())));
        out.append("\n");
        out.append(table(r));
        out.append("\n");
        out.append(
                "*bare Lucene top-10*: `IndexSearcher.search(query, 10)` over Lupa's index, one `TermQuery` per lemma "
                        + "of each word in `body` (phrase words as single words), no filters, facets or snippets. "
                        + "*bare Lucene top-10 + facets*: the same query with a `FacetsCollector` and sorted-set counts of all "
                        + "four dimensions, every value listed: the floor of an exact faceted search, which visits every match. "
                        + "*Lupa top-10*: `LupaSearcher.search(RequestParser.parse(params))` with `facets=false&snippets=false`: "
                        + "Lupa's query (lemmas, title/company boosts, folded alternatives, proximity rescoring of the top 100), "
                        + "filters, stored fields of the page; matches counted exactly up to 1,000. *Lupa + facets*: the same with "
                        + "drill-sideways facet counts over every match (`snippets=false`). "
                        + "*Lupa full*: page of 10 with drill-sideways facets, snippets and title highlighting, what the web "
                        + "page asks for. *HTTP*: the same three steps as `GET /api/search` on loopback through Lupa's web app, "
                        + "one kept-alive connection per client. *plain Lucene baseline*: StandardTokenizer → LowerCaseFilter → "
                        + "Morfologik lemmas (cached per thread), title + body in one unstored `TextField`, same threads, "
                        + "a 64 MB RAM buffer (Lupa's job: 128 MB), one commit. Latencies are per request, in ms; rates are completed requests per second "
                        + "of wall time.\n");
        return out.toString();
    }

    private static String table(BenchReport r) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("measurement", "clients", "n", "errors", "p50 ms", "p95 ms", "p99 ms", "throughput", "notes"));
        rows.add(indexing(r.lupa()));
        rows.add(indexing(r.baseline()));
        rows.add(ratio(r.lupa(), r.baseline()));
        rows.add(readiness(r.readiness()));
        for (LatencyStats q : r.queries()) {
            rows.add(latency(q, "q/s"));
        }
        for (LatencyStats h : r.http()) {
            rows.add(latency(h, "req/s"));
        }
        var out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            out.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
            if (i == 0) {
                out.append("|").append(" --- |".repeat(rows.get(0).size())).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> indexing(IndexingResult x) {
        HeapSampler.Usage heap = x.heap();
        return List.of(
                "indexing: " + x.name(),
                x.threads() + " threads",
                f("%,d", x.docs()),
                String.valueOf(x.skipped()),
                DASH,
                DASH,
                DASH,
                f("%,.0f docs/s · %.2f MB/s", x.docsPerSecond(), x.megabytesPerSecond()),
                f(
                        "%.1f s; peak heap %s; %,d GCs, %.1f s in GC; %.1f s of JIT compiling; index %s on disk",
                        x.seconds(),
                        mb(heap.peakHeapBytes()),
                        heap.gcCount(),
                        heap.gcMillis() / 1e3,
                        heap.jitMillis() / 1e3,
                        mb(x.indexBytes())));
    }

    private static List<String> ratio(IndexingResult lupa, IndexingResult baseline) {
        return List.of(
                "indexing: Lupa / baseline",
                DASH,
                DASH,
                DASH,
                DASH,
                DASH,
                DASH,
                f("%.2f× the time", lupa.seconds() / Math.max(baseline.seconds(), 1e-9)),
                f(
                        "index %.2f× the size; peak heap %.2f×",
                        (double) lupa.indexBytes() / Math.max(1, baseline.indexBytes()),
                        (double) lupa.heap().peakHeapBytes()
                                / Math.max(1, baseline.heap().peakHeapBytes())));
    }

    private static List<String> readiness(Readiness.Result x) {
        String fresh = x.freshProblem() != null
                ? "fresh JVM not measured: "
                        + x.freshProblem().replace('|', '/').replace('\n', ' ')
                : f(
                        "fresh JVM, median of %d: %s ms (%s ms from process start; slowest %s ms)",
                        Readiness.FRESH_RUNS,
                        ms(x.freshSearcherNanos()),
                        ms(x.freshProcessNanos()),
                        ms(x.slowestProcessNanos()));
        return List.of(
                "serve readiness: new LupaSearcher → first result",
                "1",
                "1",
                DASH,
                ms(x.inProcessNanos()),
                DASH,
                DASH,
                DASH,
                "in this JVM (dictionary loaded); " + fresh);
    }

    private static List<String> latency(LatencyStats x, String unit) {
        var notes = new ArrayList<String>();
        if (x.zeroHits() >= 0) {
            notes.add(f("no hits %.0f%%", 100.0 * x.zeroHits() / Math.max(1, x.completed())));
        }
        if (x.medianHits() >= 0) {
            notes.add(f("median matches %,d", x.medianHits()));
        }
        notes.add(f("%.1f s in GC", x.gcMillis() / 1e3));
        if (x.timeouts() > 0) {
            notes.add(x.timeouts() + " hit the time budget");
        }
        if (x.firstError() != null) {
            notes.add("first error: " + x.firstError().replace('|', '/'));
        }
        return List.of(
                x.name(),
                String.valueOf(x.clients()),
                f("%,d", x.completed()),
                String.valueOf(x.errors()),
                ms(x.p50Nanos()),
                ms(x.p95Nanos()),
                ms(x.p99Nanos()),
                f("%,.0f %s", x.perSecond(), unit),
                notes.isEmpty() ? "" : String.join("; ", notes));
    }

    private static String ms(long nanos) {
        return f("%,.3f", nanos / 1e6);
    }

    private static String mb(long bytes) {
        return f("%,.1f MB", bytes / 1e6);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
