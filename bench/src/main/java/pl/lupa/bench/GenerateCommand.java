package pl.lupa.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.lupa.bench.corpus.CorpusGenerator;
import pl.lupa.bench.corpus.SentencePool;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Writes a deterministic corpus of synthetic articles as JSON Lines (id, title, text, date, "
                + "source, author, url): real Polish sentences recombined, with inflected company names, Polish money "
                + "amounts and dates woven in. Same seed, same bytes.")
final class GenerateCommand implements Callable<Integer> {

    @Option(
            names = "--docs",
            paramLabel = "N",
            defaultValue = "100000",
            description = "Articles (default: ${DEFAULT-VALUE}).")
    long docs;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The JSON Lines file to write.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--samples",
            paramLabel = "DIR",
            defaultValue = "sample-docs",
            description = "Articles whose sentences are recombined (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(
            names = "--extra-text",
            paramLabel = "FILE",
            description = "JSON Lines with a \"text\" field (e.g. a news dump): more sentences, a wider vocabulary.")
    Path extraText;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (docs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--docs must be at least 1");
        }
        PrintWriter log = spec.commandLine().getErr();
        var pool = SentencePool.load(samples, Optional.ofNullable(extraText));
        log.printf(
                "generating %,d articles from %,d sentences and %,d headlines (seed %d)%n",
                docs, pool.sentences().size(), pool.titles().size(), seed);
        log.flush();
        long start = System.nanoTime();
        var written = new CorpusGenerator(pool, seed).write(out, docs, n -> {
            if (n % 100_000 == 0) {
                log.printf("  %,d articles%n", n);
                log.flush();
            }
        });
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(
                "%s: %,d articles, %.1f MB, %.0f bytes each on average, %.1f s%n",
                out, written.docs(), written.bytes() / 1e6, written.averageBytes(), (System.nanoTime() - start) / 1e9);
        stdout.flush();
        return 0;
    }
}
