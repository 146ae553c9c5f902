package pl.lupa.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code lupa cluster} as a user runs it: {@code java -jar lupa-solr.jar} in a process of its own,
 * ready when {@code cluster.json} appears, stopped with SIGTERM.
 */
final class LocalSolrCloud implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of(System.getProperty("lupa.solr.jar", "solr/target/lupa-solr.jar"));

    private final Process command;
    private final Path dir;
    private final Path output;

    private LocalSolrCloud(Process command, Path dir, Path output) {
        this.command = command;
        this.dir = dir;
        this.output = output;
    }

    /** Two nodes, a collection of 2 shards × 2 replicas behind the alias {@code news}. */
    static LocalSolrCloud start(Path dir) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: package the solr module first (mvn -B verify does)");
        }
        Path output = dir.resolveSibling(dir.getFileName() + ".out");
        var args = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                JAR.toString(),
                "--dir",
                dir.toString(),
                "--nodes",
                "2",
                "--shards",
                "2",
                "--replicas",
                "2",
                "--port",
                "0"));
        Process command = new ProcessBuilder(args)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        var cloud = new LocalSolrCloud(command, dir, output);
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (!Files.exists(dir.resolve("cluster.json"))) {
            if (!command.isAlive() || System.nanoTime() > deadline) {
                command.destroyForcibly();
                throw new IllegalStateException("lupa cluster did not become ready: " + cloud.output());
            }
            Thread.sleep(200);
        }
        return cloud;
    }

    /** cluster.json as it is now (a restarted node has a new process id). */
    JsonNode info() throws IOException {
        return JSON.readTree(dir.resolve("cluster.json").toFile());
    }

    List<String> urls() throws IOException {
        var out = new ArrayList<String>();
        info().path("solr").forEach(u -> out.add(u.asText()));
        return out;
    }

    long nodePid(int index) throws IOException {
        return info().path("pids").path("nodes").path(index).asLong();
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws Exception {
        command.destroy(); // SIGTERM: the command stops the nodes, then ZooKeeper
        if (!command.waitFor(90, TimeUnit.SECONDS)) {
            command.descendants().forEach(ProcessHandle::destroyForcibly);
            command.destroyForcibly();
        }
    }
}
