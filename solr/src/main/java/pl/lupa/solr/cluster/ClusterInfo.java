package pl.lupa.solr.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * What a client needs to use a running local cluster, as {@code DIR/cluster.json}: the nodes'
 * base URLs, ZooKeeper's address (with Solr's chroot left to the client), the collection name
 * clients use (an alias) and the process ids, so a test or a person can kill one node.
 */
public record ClusterInfo(List<String> solr, String zk, String collection, Pids pids) {

    /** The file's name inside the cluster directory. */
    public static final String FILE = "cluster.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ClusterInfo {
        solr = List.copyOf(solr);
    }

    /** Process ids: ZooKeeper's and each node's, in the order of {@link #solr()}. */
    public record Pids(long zk, List<Long> nodes) {
        public Pids {
            nodes = List.copyOf(nodes);
        }
    }

    /** Written whole or not at all: a reader never sees half a file. */
    public void write(Path dir) throws IOException {
        Path tmp = dir.resolve(FILE + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static ClusterInfo read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE).toFile(), ClusterInfo.class);
    }
}
