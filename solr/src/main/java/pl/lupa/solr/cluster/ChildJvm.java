package pl.lupa.solr.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One JVM of the cluster (ZooKeeper or a Solr node), started from the same classpath as this
 * one with its output in a log file. Its standard input stays a pipe from this process: when
 * this process dies, even by {@code kill -9}, the pipe closes and the child stops itself
 * ({@link ParentWatch}), so no JVM outlives the cluster that started it.
 */
final class ChildJvm {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildJvm start(
            String name, String classpath, List<String> jvmOptions, Class<?> main, List<String> args, Path log)
            throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-D" + ParentWatch.PROPERTY + "=true");
        command.add("-cp");
        command.add(classpath);
        command.add(main.getName());
        command.addAll(args);
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ChildJvm(name, process, log);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * SIGTERM, so the child runs its shutdown hooks (Solr closes its cores and leaves
     * ZooKeeper), then SIGKILL if it has not exited within {@code grace}.
     *
     * @return whether it stopped within the grace period
     */
    boolean stop(Duration grace) throws InterruptedException {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        boolean clean = process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        if (!clean) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        closeInput();
        return clean;
    }

    /** Signals only; {@link #stop} then waits for the exit. */
    void requestStop() {
        process.destroy();
    }

    private void closeInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // the child is gone; its end of the pipe with it
        }
    }

    /** The end of the child's log, for an error message that says why it did not start. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    Path log() {
        return log;
    }
}
