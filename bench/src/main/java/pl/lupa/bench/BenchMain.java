package pl.lupa.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code lupa bench}: a reproducible scale corpus and the commands that measure Lupa on it. Its
 * own jar ({@code bench/target/lupa-bench.jar}), which the {@code ./lupa} launcher runs for
 * {@code lupa bench …}; the product jar ships without it.
 */
@Command(
        name = "lupa bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks: a deterministic scale corpus of Polish tech news, and runs that measure "
                + "indexing, queries (in-process and over HTTP), serve readiness, analysis and extraction.",
        subcommands = {
            GenerateCommand.class,
            RunCommand.class,
            ReadinessCommand.class,
            SolrCommand.class,
            AnalysisBench.class,
            ExtractionBench.class,
            CommandLine.HelpCommand.class
        })
public final class BenchMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the bench CLI like a user would; returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        var cli = new CommandLine(new BenchMain());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("lupa bench: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
