package pl.lupa.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.lupa.bench.report.BenchReport;
import pl.lupa.bench.report.MarkdownReport;
import pl.lupa.bench.report.ReportFile;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Measures Lupa on a generated corpus in one run: indexing (against a plain Lucene baseline), "
                    + "serve readiness, query latency in-process and over HTTP on loopback.",
            "Prints one Markdown table; --write keeps it in a file between bench markers. "
                    + "Every series is bounded in count and time."
        })
final class RunCommand implements Callable<Integer> {

    @Option(
            names = "--docs",
            paramLabel = "N",
            defaultValue = "100000",
            description = "Corpus size (default: ${DEFAULT-VALUE}).")
    long docs;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            defaultValue = "bench/work",
            description =
                    "Work folder: corpus (reused when it matches), indexes, server log (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "2",
            description = "Indexing threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--queries",
            paramLabel = "N",
            defaultValue = "2000",
            description = "Queries per series (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "500",
            description = "Warm-up queries per mode (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--clients",
            paramLabel = "N",
            split = ",",
            defaultValue = "1,4",
            description = "Concurrent clients, one series each (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(
            names = "--max-seconds",
            paramLabel = "S",
            defaultValue = "60",
            description = "Time limit of one query series (default: ${DEFAULT-VALUE}).")
    int maxSeconds;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the corpus and the query mix (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--samples",
            paramLabel = "DIR",
            defaultValue = "sample-docs",
            description = "Articles whose sentences make the corpus (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(
            names = "--extra-text",
            paramLabel = "FILE",
            description = "JSON Lines with a \"text\" field: more sentences for the corpus.")
    Path extraText;

    @Option(
            names = "--write",
            paramLabel = "FILE",
            description = "Markdown file whose bench section is replaced (created when missing).")
    Path write;

    @Option(names = "--skip-http", description = "Leave out the HTTP series.")
    boolean skipHttp;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        validate();
        PrintWriter log = spec.commandLine().getErr();
        // The server's access log would bury the progress lines; it goes to a file, at the same cost.
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            Files.createDirectories(work);
            System.setProperty(
                    "org.slf4j.simpleLogger.logFile", work.resolve("server.log").toString());
        }
        var settings =
                new BenchReport.Settings(docs, seed, threads, queries, warmup, clients, maxSeconds, extraText != null);
        var run = new BenchRun(settings, work, samples, Optional.ofNullable(extraText), skipHttp, commandLine(), log);
        String section = MarkdownReport.render(run.execute());
        PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.print(section);
        out.flush();
        if (write != null) {
            ReportFile.write(write, section);
            log.println("written to " + write);
            log.flush();
        }
        return 0;
    }

    private void validate() {
        var cli = spec.commandLine();
        if (docs < 1
                || threads < 1
                || threads > 256
                || queries < 1
                || warmup < 0
                || maxSeconds < 1
                || clients.isEmpty()
                || clients.stream().anyMatch(c -> c < 1 || c > 256)) {
            throw new CommandLine.ParameterException(
                    cli,
                    "--docs, --queries, --max-seconds must be positive; --threads and --clients 1..256; --warmup 0 or more");
        }
        clients = clients.stream().distinct().sorted().toList();
    }

    /**
     * The command as it was started: JVM flags, the jar or main class, the arguments; the extra
     * text by its file name only, as its folder is the machine's.
     */
    private String commandLine() {
        var runtime = ManagementFactory.getRuntimeMXBean();
        String launched =
                System.getProperty("sun.java.command", "pl.lupa.cli.Main").split(" ", 2)[0];
        String target = launched.endsWith(".jar") ? "-jar " + launched : "-cp … " + launched;
        var args = new ArrayList<>(spec.root().commandLine().getParseResult().originalArgs());
        for (int i = 0; i < args.size(); i++) {
            if (i > 0 && args.get(i - 1).equals("--extra-text")) {
                args.set(i, Path.of(args.get(i)).getFileName().toString());
            } else if (args.get(i).startsWith("--extra-text=")) {
                String path = args.get(i).substring("--extra-text=".length());
                args.set(i, "--extra-text=" + Path.of(path).getFileName());
            }
        }
        String flags =
                runtime.getInputArguments().stream().map(RunCommand::quote).collect(Collectors.joining(" "));
        return "java " + (flags.isEmpty() ? "" : flags + " ") + target + " "
                + args.stream().map(RunCommand::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String arg) {
        return arg.matches("[\\w@%+=:,./-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
