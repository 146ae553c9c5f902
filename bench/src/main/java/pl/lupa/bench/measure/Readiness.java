package pl.lupa.bench.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.SearchRequest;

/**
 * How long a server takes from opening the index to its first answer: once in this JVM (where
 * the dictionary and classes are already loaded) and once in a fresh JVM, which is what a
 * restart of {@code lupa serve} costs.
 */
public final class Readiness {

    /** Same as {@code lupa serve}. */
    public static final Duration REFRESH = Duration.ofSeconds(1);

    public static final Duration BUDGET = Duration.ofSeconds(2);
    private static final long CHILD_TIMEOUT_SECONDS = 180;
    private static final Pattern CHILD_LINE = Pattern.compile("ready searcherNanos=(\\d+) total=(\\d+)");

    /** Fresh JVMs started one after another; the report gives the median and the slowest. */
    public static final int FRESH_RUNS = 3;

    /**
     * @param inProcessNanos new LupaSearcher → first result, in this JVM
     * @param freshSearcherNanos the same in a fresh JVM (the median run), or -1 when it could not be measured
     * @param freshProcessNanos process start → first result in that fresh JVM, or -1
     * @param slowestProcessNanos process start → first result in the slowest fresh JVM, or -1
     * @param freshProblem why the fresh JVM was not measured, or null
     */
    public record Result(
            long inProcessNanos,
            long freshSearcherNanos,
            long freshProcessNanos,
            long slowestProcessNanos,
            String freshProblem) {}

    private Readiness() {}

    public static Result measure(Path indexDir, String query) throws IOException, InterruptedException {
        long inProcess = searcherToFirstResult(indexDir, query).nanos();
        var runs = new ArrayList<Result>();
        for (int i = 0; i < FRESH_RUNS; i++) {
            Result run = fresh(indexDir, query, inProcess);
            if (run.freshProblem() != null) {
                return run;
            }
            runs.add(run);
        }
        // One start can fall on a busy moment of a shared machine: the median says what a restart costs.
        runs.sort(Comparator.comparingLong(Result::freshProcessNanos));
        Result median = runs.get(runs.size() / 2);
        return new Result(
                inProcess,
                median.freshSearcherNanos(),
                median.freshProcessNanos(),
                runs.get(runs.size() - 1).freshProcessNanos(),
                null);
    }

    record Timed(long nanos, long total) {}

    /** Opens a searcher as {@code serve} does and runs one full search. */
    public static Timed searcherToFirstResult(Path indexDir, String query) throws IOException {
        long start = System.nanoTime();
        try (var searcher = new LupaSearcher(indexDir, REFRESH, BUDGET)) {
            long total = searcher.search(SearchRequest.of(query)).total();
            return new Timed(System.nanoTime() - start, total);
        }
    }

    private static Result fresh(Path indexDir, String query, long inProcess) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(heapFlags());
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "pl.lupa.bench.BenchMain",
                "readiness",
                "--index",
                indexDir.toAbsolutePath().toString(),
                "--query",
                query));
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String found = null;
        var output = new StringBuilder();
        try (var in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (found == null && CHILD_LINE.matcher(line).find()) {
                    found = line;
                    break;
                }
                if (output.length() < 2_000) {
                    output.append(line).append('\n');
                }
            }
        }
        long processNanos = System.nanoTime() - start;
        if (!child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            return new Result(inProcess, -1, -1, -1, "the fresh JVM did not finish in " + CHILD_TIMEOUT_SECONDS + " s");
        }
        if (found == null) {
            return new Result(
                    inProcess,
                    -1,
                    -1,
                    -1,
                    "the fresh JVM exited " + child.exitValue() + ": "
                            + output.toString().strip());
        }
        Matcher m = CHILD_LINE.matcher(found);
        m.find();
        return new Result(inProcess, Long.parseLong(m.group(1)), processNanos, processNanos, null);
    }

    /** Heap and GC choices of this JVM, so the fresh one is the same kind; no agents or recordings. */
    private static List<String> heapFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx")
                        || a.startsWith("-Xms")
                        || a.startsWith("-Xss")
                        || a.matches("-XX:[+-]Use\\w+GC")
                        || a.startsWith("-Dfile.encoding"))
                .toList();
    }

    /** The line the fresh JVM prints for {@link #fresh}. */
    public static String childLine(Timed timed) {
        return "ready searcherNanos=" + timed.nanos() + " total=" + timed.total();
    }
}
