package pl.lupa.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lupa bench}: a reproducible scale corpus and one command that measures Lupa on it. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: a deterministic scale corpus of Polish tech news, and a run that measures "
                + "indexing, queries (in-process and over HTTP) and serve readiness on it.",
        subcommands = {GenerateCommand.class, RunCommand.class, ReadinessCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
