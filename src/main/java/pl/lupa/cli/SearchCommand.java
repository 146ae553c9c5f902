package pl.lupa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pl.lupa.search.BadParameterException;
import pl.lupa.search.Hit;
import pl.lupa.search.IndexNotReadyException;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.RequestParser;
import pl.lupa.search.SearchResult;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the index from a terminal; --json prints exactly the /api/search body.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words, \"phrases\", -exclusions, OR. Empty: newest first.")
    String query;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--company", paramLabel = "C", description = "Only articles mentioning this company; repeat for any of several.")
    List<String> companies = new ArrayList<>();

    @Option(names = "--from", paramLabel = "D", description = "Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "Published on or before: YYYY, YYYY-MM or YYYY-MM-DD.")
    String to;

    @Option(names = "--usd-min", paramLabel = "N", description = "Mentions a dollar amount of at least N.")
    String usdMin;

    @Option(names = "--usd-max", paramLabel = "N", description = "Mentions a dollar amount of at most N.")
    String usdMax;

    @Option(names = "--usd", paramLabel = "BUCKET", description = "Dollar bucket: lt1M, 1M-10M, 10M-100M, 100M-1B, 1B-10B, gte10B; repeatable.")
    List<String> buckets = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "relevance|date", description = "Order (default: relevance with a query, date without).")
    String sort;

    @Option(names = "--page", paramLabel = "N", description = "Page, from 1.")
    String page;

    @Option(names = "--size", paramLabel = "N", description = "Hits per page, 1..100 (default 10).")
    String size;

    @Option(names = "--json", description = "Print the JSON of /api/search.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, "q", query);
        params.put("company", companies);
        put(params, "from", from);
        put(params, "to", to);
        put(params, "usdMin", usdMin);
        put(params, "usdMax", usdMax);
        params.put("usd", buckets);
        put(params, "sort", sort);
        put(params, "page", page);
        put(params, "size", size);
        try (var searcher = new LupaSearcher(index, Duration.ofHours(1), Duration.ofSeconds(10))) {
            SearchResult result = searcher.search(RequestParser.parse(params));
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(result));
            } else {
                print(result, out, System.console() != null);
            }
            out.flush();
            return 0;
        } catch (BadParameterException e) {
            err.println("lupa search: " + e.getMessage());
            return 2;
        } catch (IndexNotReadyException e) {
            err.println("lupa search: " + e.getMessage());
            return Main.FAILED;
        }
    }

    private static void put(Map<String, List<String>> params, String name, String value) {
        if (value != null) {
            params.put(name, List.of(value));
        }
    }

    private static void print(SearchResult r, PrintWriter out, boolean ansi) {
        out.printf("%d results (%d ms)%s%n%n", r.total(), r.tookMs(), r.relaxed() ? ", not all words matched" : "");
        int n = (r.page() - 1) * r.size();
        for (Hit h : r.hits()) {
            out.printf("%d. %s%n", ++n, marks(h.titleHighlighted(), ansi));
            out.printf("   %s | %s | %s%n", h.date() != null ? h.date() : "no date", h.source() != null ? h.source() : "unknown source", h.id());
            if (!h.companies().isEmpty()) {
                out.printf("   companies: %s%n", String.join(", ", h.companies()));
            }
            for (String s : h.snippets()) {
                out.printf("   %s%n", marks(s, ansi));
            }
            out.println();
        }
    }

    /** Snippet HTML to terminal text: marks in bold (ANSI) or between ** when not a terminal. */
    static String marks(String html, boolean ansi) {
        String open = ansi ? "\u001b[1m" : "**";
        String close = ansi ? "\u001b[0m" : "**";
        return html.replace("<mark>", open).replace("</mark>", close)
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
