package pl.lupa.solr.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.ZkStateReader;

/**
 * A SolrCloud cluster on this machine for development and tests: one ZooKeeper and N Solr 9.10
 * nodes, each in a JVM of its own (so one can be killed), the configset uploaded, a collection
 * {@code news_<timestamp>} created and the alias {@link ClusterConfig#ALIAS} pointing at it.
 * {@link #start} returns when every replica is active and the alias answers on every node;
 * {@link #close} stops the nodes, then ZooKeeper. The nodes bind to 127.0.0.1 only.
 */
public final class LocalCluster implements AutoCloseable {

    private static final Duration ZK_START = Duration.ofSeconds(60);
    private static final Duration NODE_START = Duration.ofSeconds(120);
    private static final Duration COLLECTION_START = Duration.ofSeconds(120);
    private static final Set<String> OWN_FILES =
            Set.of(ClusterInfo.FILE, ClusterInfo.FILE + ".tmp", "zk", "nodes", "logs", "configset");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    private final ClusterConfig config;
    private final ChildJvm zk;
    private final List<ChildJvm> nodes;
    private volatile ClusterInfo info;
    private final String collectionName;
    private final Timings timings;
    private boolean closed;

    /** How long each step of {@link #start} took. */
    public record Timings(Duration zooKeeper, Duration nodes, Duration collection, Duration total) {}

    private LocalCluster(
            ClusterConfig config,
            ChildJvm zk,
            List<ChildJvm> nodes,
            ClusterInfo info,
            String collectionName,
            Timings timings) {
        this.config = config;
        this.zk = zk;
        this.nodes = new ArrayList<>(nodes);
        this.info = info;
        this.collectionName = collectionName;
        this.timings = timings;
    }

    /**
     * Starts the cluster and writes {@code cluster.json} once it is ready. On any failure the
     * processes started so far are stopped before the exception leaves.
     *
     * @param progress one line per step, for a person watching
     */
    public static LocalCluster start(ClusterConfig config, Consumer<String> progress)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Path dir = prepare(config.dir());
        if (!Files.isRegularFile(config.plugin())) {
            throw new IOException("the plugin jar " + config.plugin() + " is missing: build it with "
                    + "mvn -B -pl :lupa-solr -am package -DskipTests");
        }
        List<Integer> nodePorts = new ArrayList<>();
        for (int i = 0; i < config.nodes(); i++) {
            nodePorts.add(config.basePort() == 0 ? freePort() : checkFree(config.basePort() + i));
        }
        int zkPort = config.basePort() == 0 ? freePort() : checkFree(config.basePort() + 1000);
        String zkAddress = "127.0.0.1:" + zkPort;

        ChildJvm zk = null;
        var nodes = new ArrayList<ChildJvm>();
        try {
            zk = startZooKeeper(dir, zkPort, config.classpath());
            waitForPort(zk, zkPort, ZK_START);
            long t1 = System.nanoTime();
            progress.accept("ZooKeeper on " + zkAddress + " in " + seconds(t1 - t0));

            for (int i = 0; i < config.nodes(); i++) {
                nodes.add(startNode(config, dir, i + 1, nodePorts.get(i), zkAddress));
            }
            var urls = new ArrayList<String>();
            for (int i = 0; i < nodes.size(); i++) {
                String url = "http://127.0.0.1:" + nodePorts.get(i) + "/solr";
                waitUntilHealthy(nodes.get(i), url, NODE_START);
                urls.add(url);
            }
            long t2 = System.nanoTime();
            progress.accept(nodes.size() + " Solr node(s) healthy in " + seconds(t2 - t1) + ": " + urls);

            String collection = "news_" + STAMP.format(Instant.now());
            createCollection(config, dir, zkAddress, collection);
            for (String url : urls) {
                waitForAlias(url, COLLECTION_START);
            }
            long t3 = System.nanoTime();
            progress.accept("collection " + collection + " (" + config.shards() + " shards × " + config.replicas()
                    + " replicas) active behind alias " + ClusterConfig.ALIAS + " in " + seconds(t3 - t2));

            var info = new ClusterInfo(
                    urls,
                    zkAddress,
                    ClusterConfig.ALIAS,
                    new ClusterInfo.Pids(
                            zk.pid(), nodes.stream().map(ChildJvm::pid).toList()));
            info.write(dir);
            var timings = new Timings(
                    Duration.ofNanos(t1 - t0),
                    Duration.ofNanos(t2 - t1),
                    Duration.ofNanos(t3 - t2),
                    Duration.ofNanos(System.nanoTime() - t0));
            return new LocalCluster(config, zk, nodes, info, collection, timings);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            // Nothing half-started stays behind; the data is about to be discarded, so no grace.
            stopAll(nodes, zk, Duration.ofSeconds(2));
            throw e;
        }
    }

    /**
     * Starts again, on its port and with its data, every node whose process has died, as a service
     * manager restarts a crashed service; cluster.json then lists the new process ids. The node
     * rejoins the cluster and its replicas recover from their leaders.
     *
     * @return the numbers of the nodes restarted (1-based, in cluster.json's order)
     */
    public synchronized List<Integer> restartDeadNodes() throws IOException {
        var restarted = new ArrayList<Integer>();
        if (closed) {
            return restarted;
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isAlive()) {
                int port = java.net.URI.create(info.solr().get(i)).getPort();
                nodes.set(i, startNode(config, config.dir(), i + 1, port, info.zk()));
                restarted.add(i + 1);
            }
        }
        if (!restarted.isEmpty()) {
            info = new ClusterInfo(
                    info.solr(),
                    info.zk(),
                    info.collection(),
                    new ClusterInfo.Pids(
                            zk.pid(), nodes.stream().map(ChildJvm::pid).toList()));
            info.write(config.dir());
        }
        return restarted;
    }

    public ClusterInfo info() {
        return info;
    }

    /** The collection behind the alias. */
    public String collectionName() {
        return collectionName;
    }

    public Timings timings() {
        return timings;
    }

    /** Each node's log file, in the order of {@link ClusterInfo#solr()}. */
    public List<Path> nodeLogs() {
        return nodes.stream().map(ChildJvm::log).toList();
    }

    /** Deletes {@code cluster.json}, stops the nodes (in parallel), then ZooKeeper. */
    @Override
    public synchronized void close() throws IOException, InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        Files.deleteIfExists(config.dir().resolve(ClusterInfo.FILE));
        stopAll(nodes, zk, config.stopGrace());
    }

    private static void stopAll(List<ChildJvm> nodes, ChildJvm zk, Duration grace) throws InterruptedException {
        // ZooKeeper last: a node that loses it while stopping waits for it instead of stopping.
        nodes.forEach(ChildJvm::requestStop);
        for (ChildJvm node : nodes) {
            node.stop(grace);
        }
        if (zk != null) {
            zk.stop(Duration.ofSeconds(10));
        }
    }

    /** The directory, emptied of a previous cluster's files; anything else in it is refused. */
    private static Path prepare(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!OWN_FILES.contains(name)) {
                    throw new IOException(
                            dir + " holds " + name + ", which is not a cluster's: use an empty or new --dir");
                }
            }
        }
        Path previous = dir.resolve(ClusterInfo.FILE);
        if (Files.exists(previous)) {
            var running = ClusterInfo.read(dir);
            var pids = new ArrayList<Long>(running.pids().nodes());
            pids.add(running.pids().zk());
            for (long pid : pids) {
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new IOException("a cluster is running in " + dir + " (process " + pid + "); stop it first");
                }
            }
        }
        for (String name : OWN_FILES) {
            deleteTree(dir.resolve(name));
        }
        return dir;
    }

    private static ChildJvm startZooKeeper(Path dir, int port, String classpath) throws IOException {
        Path data = Files.createDirectories(dir.resolve("zk/data"));
        Path cfg = dir.resolve("zk/zoo.cfg");
        Files.writeString(
                cfg,
                String.join(
                        "\n",
                        "tickTime=2000",
                        "dataDir=" + data.toAbsolutePath(),
                        "clientPort=" + port,
                        "clientPortAddress=127.0.0.1",
                        "maxClientCnxns=0",
                        ""),
                StandardCharsets.UTF_8);
        return ChildJvm.start(
                "zookeeper",
                classpath,
                List.of(
                        "-Xmx128m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        // its admin server would take 0.0.0.0:8080
                        "-Dzookeeper.admin.enableServer=false"),
                ZooKeeperMain.class,
                List.of(cfg.toAbsolutePath().toString()),
                dir.resolve("logs/zookeeper.log"));
    }

    private static ChildJvm startNode(ClusterConfig config, Path dir, int number, int port, String zkAddress)
            throws IOException {
        Path home = Files.createDirectories(dir.resolve("nodes/node-" + number));
        try (InputStream solrXml = LocalCluster.class.getResourceAsStream("solr.xml")) {
            if (solrXml == null) {
                throw new IllegalStateException("pl/lupa/solr/cluster/solr.xml is missing from the jar");
            }
            Files.copy(solrXml, home.resolve("solr.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
        // <solr home>/lib is on every core's classpath: the one way Lupa's classes reach the node
        Path lib = Files.createDirectories(home.resolve("lib"));
        Files.copy(config.plugin(), lib.resolve("lupa-solr-plugin.jar"), StandardCopyOption.REPLACE_EXISTING);
        var options = new ArrayList<>(config.nodeOptions());
        options.addAll(List.of(
                "-Dfile.encoding=UTF-8",
                "-DzkHost=" + zkAddress + "/solr",
                "-DcreateZkChroot=true",
                "-DzkClientTimeout=" + config.zkClientTimeout().toMillis(),
                "-Dsolr.log.dir=" + dir.resolve("logs").toAbsolutePath(),
                "-Dsolr.install.dir=" + home.toAbsolutePath(),
                "-Dsolr.cloud.wait-for-updates-with-stale-state-pause=0"));
        return ChildJvm.start(
                "node-" + number,
                config.classpath(),
                options,
                SolrNodeMain.class,
                List.of(home.toAbsolutePath().toString(), String.valueOf(port)),
                dir.resolve("logs/node-" + number + ".log"));
    }

    private static void createCollection(ClusterConfig config, Path dir, String zkAddress, String collection)
            throws IOException, InterruptedException {
        Path conf = extractConfigset(dir.resolve("configset"));
        try (CloudSolrClient client = new CloudSolrClient.Builder(List.of(zkAddress), Optional.of("/solr")).build()) {
            ZkStateReader reader = ZkClientClusterStateProvider.from(client).getZkStateReader();
            reader.getZkClient().uploadToZK(conf, "/configs/" + ClusterConfig.CONFIGSET, null);
            CollectionAdminRequest.createCollection(
                            collection, ClusterConfig.CONFIGSET, config.shards(), config.replicas())
                    .process(client);
            int expected = config.shards() * config.replicas();
            reader.waitForState(
                    collection,
                    COLLECTION_START.toSeconds(),
                    TimeUnit.SECONDS,
                    (live, state) -> state != null
                            && state.getReplicas().size() == expected
                            && state.getReplicas().stream().allMatch(r -> r.isActive(live)));
            CollectionAdminRequest.createAlias(ClusterConfig.ALIAS, collection).process(client);
        } catch (SolrServerException e) {
            throw new IOException("creating collection " + collection + " failed: " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new IOException(
                    "the replicas of " + collection + " were not all active within " + COLLECTION_START, e);
        }
    }

    /** The configset this jar carries (the repository's solr/configset/conf), as files to upload. */
    static Path extractConfigset(Path target) throws IOException {
        URL url = LocalCluster.class.getResource("configset/conf");
        if (url == null) {
            throw new IllegalStateException("pl/lupa/solr/cluster/configset/conf is missing from the jar");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.provider().getPath(uri), target);
                }
            } else {
                copyTree(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void waitForPort(ChildJvm child, int port, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException e) {
                failIfGone(child, deadline, timeout);
                Thread.sleep(100);
            }
        }
    }

    /** Healthy: {@code /admin/info/health} answers 200 (the node is up and connected to ZooKeeper). */
    private static void waitUntilHealthy(ChildJvm node, String url, Duration timeout)
            throws IOException, InterruptedException {
        waitFor200(node, url + "/admin/info/health", timeout);
    }

    /** The alias answers on this node: its view of the aliases has caught up. */
    private static void waitForAlias(String url, Duration timeout) throws IOException, InterruptedException {
        waitFor200(null, url + "/" + ClusterConfig.ALIAS + "/select?q=*:*&rows=0", timeout);
    }

    private static void waitFor200(ChildJvm child, String url, Duration timeout)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (true) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.toString();
            }
            if (child != null) {
                failIfGone(child, deadline, timeout);
            } else if (System.nanoTime() > deadline) {
                throw new IOException(url + " did not answer 200 within " + timeout + ": " + last);
            }
            Thread.sleep(200);
        }
    }

    private static void failIfGone(ChildJvm child, long deadline, Duration timeout) throws IOException {
        if (!child.isAlive()) {
            throw new IOException(
                    child.name() + " exited while starting; the end of " + child.log() + ":\n" + child.logTail(30));
        }
        if (System.nanoTime() > deadline) {
            throw new IOException(child.name() + " was not ready within " + timeout + "; the end of " + child.log()
                    + ":\n" + child.logTail(30));
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int checkFree(int port) throws IOException {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return port;
        } catch (IOException e) {
            throw new IOException("port " + port + " is in use: choose another --port", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
