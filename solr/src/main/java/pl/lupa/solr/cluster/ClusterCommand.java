package pl.lupa.solr.cluster;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lupa cluster}: a local SolrCloud for development, in the foreground until Ctrl-C or
 * SIGTERM, which stop every process it started.
 */
@Command(
        name = "lupa cluster",
        description = {
            "Starts ZooKeeper and Solr 9.10 nodes on this machine, each in its own process, uploads Lupa's "
                    + "configset, creates a collection behind the alias 'news' and writes DIR/cluster.json "
                    + "when it is ready. Runs until Ctrl-C or SIGTERM, then stops everything; a node that dies "
                    + "meanwhile (a crash, kill -9) is started again on its port with its data.",
            "Development and tests only: the nodes listen on 127.0.0.1, and DIR is made anew at each start."
        })
public final class ClusterCommand implements Callable<Integer> {

    @Option(
            names = "--dir",
            required = true,
            paramLabel = "DIR",
            description = "the cluster's directory (data, logs, cluster.json)")
    Path dir;

    @Option(
            names = "--nodes",
            defaultValue = "2",
            paramLabel = "N",
            description = "Solr nodes (default: ${DEFAULT-VALUE})")
    int nodes;

    @Option(
            names = "--shards",
            defaultValue = "2",
            paramLabel = "N",
            description = "shards of the collection (default: ${DEFAULT-VALUE})")
    int shards;

    @Option(
            names = "--replicas",
            defaultValue = "2",
            paramLabel = "N",
            description = "replicas of each shard (default: ${DEFAULT-VALUE})")
    int replicas;

    @Option(
            names = "--port",
            defaultValue = "8983",
            paramLabel = "PORT",
            description = "first node's port; the next nodes follow, ZooKeeper is at PORT+1000; 0 picks free ports "
                    + "(default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help")
    boolean help;

    @Option(
            names = "--plugin",
            description = "lupa-solr-plugin.jar (default: the one beside this jar)",
            paramLabel = "JAR")
    Path plugin;

    @Option(
            names = "--node-java-opts",
            description = "JVM options of each node, space-separated (default: \"-Xmx256m -XX:TieredStopAtLevel=1 "
                    + "-XX:+UseSerialGC -Xss512k\", quick to start; a benchmark wants e.g. \"-Xmx1g\")",
            paramLabel = "OPTS")
    String nodeJavaOpts;

    private final PrintWriter out;

    ClusterCommand(PrintWriter out) {
        this.out = out;
    }

    public static void main(String[] args) {
        // Solr's client logs at INFO about every ZooKeeper event; the nodes' logs are in files.
        if (System.getProperty("lupa.log.level") == null) {
            System.setProperty("lupa.log.level", "WARN");
        }
        var out = new PrintWriter(System.out, true);
        System.exit(new CommandLine(new ClusterCommand(out)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path pluginJar = plugin != null ? plugin : besideThisJar("lupa-solr-plugin.jar");
        ClusterConfig config;
        try {
            config = ClusterConfig.of(dir, nodes, shards, replicas, port, pluginJar);
            if (nodeJavaOpts != null && !nodeJavaOpts.isBlank()) {
                config = config.withNodeOptions(List.of(nodeJavaOpts.strip().split("\\s+")));
            }
        } catch (IllegalArgumentException e) {
            out.println("lupa cluster: " + e.getMessage());
            return 2;
        }
        var stopped = new CountDownLatch(1);
        LocalCluster started;
        try {
            started = LocalCluster.start(config, out::println);
        } catch (IOException e) {
            // what went wrong is in the message (a busy port, a node's log tail); no stack trace
            out.println("lupa cluster: " + e.getMessage());
            return 1;
        }
        try (LocalCluster cluster = started) {
            out.println("ready: " + dir.resolve(ClusterInfo.FILE) + " (Ctrl-C stops the cluster)");
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                out.println("stopping the nodes, then ZooKeeper …");
                                try {
                                    cluster.close();
                                } catch (Exception e) {
                                    out.println("stopping failed: " + e);
                                } finally {
                                    stopped.countDown();
                                }
                            },
                            "cluster-stop"));
            // until a signal runs the hook; meanwhile a node that dies (a crash, kill -9) is restarted
            while (!stopped.await(1, TimeUnit.SECONDS)) {
                try {
                    for (int node : cluster.restartDeadNodes()) {
                        out.println("node " + node + " died: restarted it; its replicas recover from their leaders");
                    }
                } catch (IOException e) {
                    out.println("restarting a dead node failed: " + e.getMessage());
                }
            }
        }
        return 0;
    }

    private static Path besideThisJar(String name) throws URISyntaxException {
        Path self = Path.of(ClusterCommand.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return self.resolveSibling(name);
    }
}
