package pl.lupa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import pl.lupa.search.BadParameterException;
import pl.lupa.search.Hit;
import pl.lupa.search.IndexNotReadyException;
import pl.lupa.search.RequestParser;
import pl.lupa.search.SearchBackend;
import pl.lupa.search.SearchParam;
import pl.lupa.search.SearchResult;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Searches the index from a terminal; --json prints exactly the /api/search body.")
final class SearchCommand implements Callable<Integer> {

    @Option(
            names = "--index",
            paramLabel = "DIR",
            defaultValue = "index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--json", description = "Print the JSON of /api/search.")
    boolean json;

    @Mixin
    SolrOption solr;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The command with one option per {@link SearchParam} ({@code usdMin} is {@code --usd-min}),
     * and the query as its positional parameter, so the CLI accepts what the HTTP API accepts.
     */
    static CommandLine commandLine() {
        CommandSpec spec = CommandSpec.forAnnotatedObject(new SearchCommand());
        for (SearchParam param : SearchParam.values()) {
            String help =
                    param.help() + (param.defaultValue() != null ? " (default: " + param.defaultValue() + ")" : "");
            if (param == SearchParam.QUERY) {
                spec.addPositional(PositionalParamSpec.builder()
                        .index("0")
                        .arity("0..1")
                        .paramLabel(param.label())
                        .description(help)
                        .type(String.class)
                        .build());
            } else {
                spec.addOption(OptionSpec.builder(param.cliOption())
                        .paramLabel(param.label())
                        .description(help)
                        .arity("1")
                        .type(param.repeatable() ? List.class : String.class)
                        .auxiliaryTypes(String.class)
                        .build());
            }
        }
        return new CommandLine(spec);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (SearchParam param : SearchParam.values()) {
            Object value = param == SearchParam.QUERY
                    ? spec.positionalParameters().get(0).getValue()
                    : spec.findOption(param.cliOption()).getValue();
            if (value instanceof List<?> list) {
                params.put(param.paramName(), list.stream().map(String::valueOf).toList());
            } else if (value != null) {
                params.put(param.paramName(), List.of(value.toString()));
            }
        }
        try (SearchBackend searcher = solr.backend(index)) {
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

    /** What the search says about the query: corrected words, a better spelling, companies it names. */
    private static void printHelp(SearchResult r, PrintWriter out) {
        var help = r.help();
        if (help.correctedWords() != null) {
            var pairs = new java.util.ArrayList<String>();
            help.correctedWords().forEach((typed, fix) -> pairs.add(typed + " → " + fix));
            out.printf("also searched as: %s%n", String.join(", ", pairs));
        }
        if (help.didYouMean() != null) {
            out.printf(
                    "did you mean: %s (%d results)%n",
                    help.didYouMean().q(), help.didYouMean().total());
        }
        if (help.namedCompanies() != null) {
            out.printf("filter by company: %s%n", String.join(", ", help.namedCompanies()));
        }
        if (help.correctedWords() != null || help.didYouMean() != null || help.namedCompanies() != null) {
            out.println();
        }
    }

    private static void print(SearchResult r, PrintWriter out, boolean ansi) {
        out.printf(
                "%d results%s (%d ms)%s%n%n",
                r.total(),
                r.partialTotal() != null ? " and " + r.partialTotal() + " with only some of the words" : "",
                r.tookMs(),
                r.relaxed() ? ", not all words matched" : "");
        printHelp(r, out);
        int n = (r.page() - 1) * r.size();
        boolean partial = r.relaxed();
        for (Hit h : r.hits()) {
            if (!partial && !h.missing().isEmpty()) {
                partial = true;
                out.printf("-- with only some of the words --%n%n");
            }
            out.printf("%d. %s%n", ++n, marks(h.titleHighlighted(), ansi));
            if (!h.missing().isEmpty()) {
                out.printf("   lacks: %s%n", String.join(", ", h.missing()));
            }
            out.printf(
                    "   %s | %s | %s%n",
                    h.date() != null ? h.date() : "no date",
                    h.source() != null ? h.source() : "unknown source",
                    h.id());
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
        return html.replace("<mark>", open)
                .replace("</mark>", close)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
