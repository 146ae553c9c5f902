package pl.lupa.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pl.lupa.analysis.LupaAnalyzers;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.analysis.TermPrinter;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Shows the terms the analysis makes of a text: one output line per input line,",
            "terms separated by spaces, terms at one position joined by |.",
            "With --query: the query side, where ~term marks a diacritics variant matched with a lower weight."
        })
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--query", description = "Show the query side instead of the index side.")
    boolean query;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "Text to analyse; standard input when absent.")
    String text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (var analyzer = LupaAnalyzers.lemmas();
                var expander = new QueryExpander()) {
            if (text != null) {
                for (String line : text.split("\n", -1)) {
                    out.println(
                            query
                                    ? TermPrinter.queryTerms(expander.expand(line))
                                    : TermPrinter.indexTerms(analyzer, line));
                }
            } else {
                var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(
                            query
                                    ? TermPrinter.queryTerms(expander.expand(line))
                                    : TermPrinter.indexTerms(analyzer, line));
                }
            }
        }
        out.flush();
        return 0;
    }
}
