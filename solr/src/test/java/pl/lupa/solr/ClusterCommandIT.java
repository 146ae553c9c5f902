package pl.lupa.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.solr.cluster.ClusterInfo;

/**
 * {@code lupa cluster} as a user runs it: {@code java -jar lupa-solr.jar} in the foreground,
 * ready when cluster.json appears; SIGTERM stops every process it started, and so does a
 * SIGKILL of the command, through its children watching their standard input.
 */
class ClusterCommandIT {

    private static final Path JAR = Path.of(System.getProperty("lupa.solr.jar", "solr/target/lupa-solr.jar"));

    @Test
    void sigtermStopsZooKeeperAndEveryNode(@TempDir Path temp) throws Exception {
        Path dir = temp.resolve("cluster");
        Path out = temp.resolve("out.txt");
        Process command = startOneNodeCluster(dir, out);
        var pids = new ArrayList<Long>();
        try {
            ClusterInfo info = awaitReady(command, dir, out);
            pids.add(info.pids().zk());
            pids.addAll(info.pids().nodes());
            var children = command.children().map(ProcessHandle::pid).toList();
            assertThat(children)
                    .as("ZooKeeper and the node are the command's own processes")
                    .containsAll(pids);
            var health = new SolrHttp().get(info.solr().get(0) + "/admin/info/health", Map.of());
            assertThat(health.path("status").asText()).isEqualTo("OK");

            command.destroy(); // SIGTERM, as a service manager stops it
            assertThat(command.waitFor(60, TimeUnit.SECONDS))
                    .as("stopped within 60 s")
                    .isTrue();
            assertGone(pids, Duration.ZERO);
            assertThat(dir.resolve(ClusterInfo.FILE))
                    .as("no stale cluster.json")
                    .doesNotExist();
            assertThat(output(out)).contains("ready: ").contains("stopping the nodes");
        } finally {
            command.destroyForcibly();
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    @Test
    void theClustersProcessesDieWithAKilledCommand(@TempDir Path temp) throws Exception {
        Path dir = temp.resolve("cluster");
        Path out = temp.resolve("out.txt");
        Process command = startOneNodeCluster(dir, out);
        var pids = new ArrayList<Long>();
        try {
            ClusterInfo info = awaitReady(command, dir, out);
            pids.add(info.pids().zk());
            pids.addAll(info.pids().nodes());
            command.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(command.waitFor(10, TimeUnit.SECONDS)).isTrue();
            // the children see their standard input close and stop themselves
            assertGone(pids, Duration.ofSeconds(60));
        } finally {
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    private static void assertGone(List<Long> pids, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (long pid : pids) {
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("process " + pid + " after the command stopped")
                    .isFalse();
        }
    }

    private static ClusterInfo awaitReady(Process command, Path dir, Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(dir.resolve(ClusterInfo.FILE))) {
            assertThat(command.isAlive()).as(output(out)).isTrue();
            assertThat(System.nanoTime())
                    .as("ready within 120 s: " + output(out))
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
        return ClusterInfo.read(dir);
    }

    private static Process startOneNodeCluster(Path dir, Path out) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        JAR.toString(),
                        "--dir",
                        dir.toString(),
                        "--port",
                        "0",
                        "--nodes",
                        "1",
                        "--shards",
                        "1",
                        "--replicas",
                        "1")
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
    }

    @Test
    void aBusyPortIsAClearErrorAndNothingStaysRunning(@TempDir Path temp) throws Exception {
        try (var busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Process command = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            JAR.toString(),
                            "--dir",
                            temp.resolve("c").toString(),
                            "--port",
                            String.valueOf(busy.getLocalPort()))
                    .redirectErrorStream(true)
                    .start();
            assertThat(command.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String said = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(command.exitValue()).as(said).isEqualTo(1);
            assertThat(said).contains("port " + busy.getLocalPort() + " is in use");
            assertThat(command.descendants().toList()).isEmpty();
        }
    }

    private static String output(Path out) throws IOException {
        return Files.exists(out) ? String.join("\n", Files.readAllLines(out, StandardCharsets.UTF_8)) : "";
    }
}
