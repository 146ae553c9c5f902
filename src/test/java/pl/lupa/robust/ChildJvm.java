package pl.lupa.robust;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The Lupa CLI in a child JVM, on the test's own class path, so it can be killed like a real
 * process ({@link Process#destroyForcibly()} is SIGKILL). Its output is collected line by line.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private final Thread outPump;
    private final Thread errPump;

    private ChildJvm(Process process) {
        this.process = process;
        this.outPump = pump(process.getInputStream(), out, "child-stdout");
        this.errPump = pump(process.getErrorStream(), err, "child-stderr");
    }

    /** Starts {@code java -cp <test class path> pl.lupa.cli.Main <args>}. */
    static ChildJvm lupa(String... args) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(classPath());
        command.add("pl.lupa.cli.Main");
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return new ChildJvm(builder.start());
    }

    /**
     * The class path of this JVM. Under a forking test runner it may be a single manifest-only
     * jar whose manifest lists the real class path; a child JVM given that jar sees the same
     * classes.
     */
    static String classPath() {
        String cp = System.getProperty("java.class.path");
        if (cp == null || cp.isBlank()) {
            throw new IllegalStateException("no java.class.path to start a child JVM with");
        }
        return cp;
    }

    Process process() {
        return process;
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the exit; fails when it takes longer than {@code limit}. */
    int waitFor(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new AssertionError(
                    "the child did not finish within " + limit.toSeconds() + " s; stderr:\n" + stderr());
        }
        outPump.join(5_000);
        errPump.join(5_000);
        return process.exitValue();
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        outPump.join(5_000);
        errPump.join(5_000);
    }

    /** Waits until a line of stdout or stderr matches, or the process ends, or {@code limit} passes. */
    boolean awaitLine(Predicate<String> matches, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (this) {
                if (out.stream().anyMatch(matches) || err.stream().anyMatch(matches)) {
                    return true;
                }
            }
            if (!process.isAlive()) {
                outPump.join(2_000);
                errPump.join(2_000);
                synchronized (this) {
                    return out.stream().anyMatch(matches) || err.stream().anyMatch(matches);
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    synchronized String stdout() {
        return String.join("\n", out);
    }

    synchronized String stderr() {
        return String.join("\n", err);
    }

    /** Sends a POSIX signal (STOP, CONT) to the child. */
    void signal(String name) throws IOException, InterruptedException {
        var kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid()))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    private Thread pump(InputStream in, List<String> sink, String name) {
        var t = new Thread(
                () -> {
                    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = reader.readLine()) != null) {
                            synchronized (this) {
                                sink.add(line);
                            }
                        }
                    } catch (IOException closed) {
                        // the process is gone
                    }
                },
                name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
