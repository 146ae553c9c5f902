package pl.lupa.solr.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to start a local cluster.
 *
 * @param dir         the cluster's directory: ZooKeeper's data, each node's solr home and log,
 *                    {@code cluster.json}. Everything in it is the cluster's and is made anew
 *                    at each start.
 * @param nodes       number of Solr nodes, each in its own JVM
 * @param shards      shards of the collection
 * @param replicas    replicas of each shard (on distinct nodes when there are enough)
 * @param basePort    first node's port; the others follow it and ZooKeeper is at base + 1000,
 *                    as in Solr's own examples; 0 picks free ports
 * @param classpath   the children's classpath: Solr, ZooKeeper and this module's cluster classes,
 *                    never Lupa's analysis (that comes from {@code plugin})
 * @param plugin      lupa-solr-plugin.jar, copied into each node's {@code lib/}
 * @param nodeOptions JVM options of each node
 * @param zkClientTimeout how long ZooKeeper waits for a silent node before it leaves
 *                    {@code live_nodes}: the window in which updates to its shards fail
 * @param stopGrace   how long a node may take to stop on SIGTERM before it is killed
 */
public record ClusterConfig(
        Path dir,
        int nodes,
        int shards,
        int replicas,
        int basePort,
        String classpath,
        Path plugin,
        List<String> nodeOptions,
        Duration zkClientTimeout,
        Duration stopGrace) {

    /** The alias clients search; the collection behind it is {@code news_<timestamp>}. */
    public static final String ALIAS = "news";
    /** The configset's name in ZooKeeper. */
    public static final String CONFIGSET = "lupa";

    /**
     * C1 only, the serial collector and small stacks: a node is healthy in 6–7 s instead of
     * 14–19 s on two cores, and a development collection is small.
     */
    public static final List<String> DEVELOPMENT_NODE_OPTIONS =
            List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k");

    public ClusterConfig {
        nodeOptions = List.copyOf(nodeOptions);
        if (nodes < 1 || shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("nodes, shards and replicas must be at least 1");
        }
        if (basePort < 0 || basePort > 65535 - 1000) {
            throw new IllegalArgumentException("the base port must be 0 or below 64536, not " + basePort);
        }
    }

    /** A development cluster in {@code dir} with this JVM's classpath for the children. */
    public static ClusterConfig of(Path dir, int nodes, int shards, int replicas, int basePort, Path plugin) {
        return new ClusterConfig(
                dir,
                nodes,
                shards,
                replicas,
                basePort,
                System.getProperty("java.class.path"),
                plugin,
                DEVELOPMENT_NODE_OPTIONS,
                Duration.ofSeconds(10),
                Duration.ofSeconds(45));
    }

    public ClusterConfig withClasspath(String classpath) {
        return new ClusterConfig(
                dir, nodes, shards, replicas, basePort, classpath, plugin, nodeOptions, zkClientTimeout, stopGrace);
    }

    /** Other JVM options for the nodes (a benchmark's: C2, a larger heap). */
    public ClusterConfig withNodeOptions(List<String> options) {
        return new ClusterConfig(
                dir, nodes, shards, replicas, basePort, classpath, plugin, options, zkClientTimeout, stopGrace);
    }

    public ClusterConfig withStopGrace(Duration grace) {
        return new ClusterConfig(
                dir, nodes, shards, replicas, basePort, classpath, plugin, nodeOptions, zkClientTimeout, grace);
    }
}
