package pl.lupa.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.lupa.bench.measure.Readiness;

/** Run by {@code bench run} in a fresh JVM to time a cold start; not meant for people. */
@Command(
        name = "readiness",
        hidden = true,
        description = "Opens the index as 'serve' does, runs one search and prints how long that took.")
final class ReadinessCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", required = true)
    Path index;

    @Option(names = "--query", required = true)
    String query;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var timed = Readiness.searcherToFirstResult(index, query);
        spec.commandLine().getOut().println(Readiness.childLine(timed));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
