package pl.lupa.solrcloud;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Collections API as Lupa needs it: what an alias points at, a collection's shape, creating a
 * collection like another, switching an alias, deleting, and the cluster's state for {@code /health}.
 */
public final class SolrCollections {

    private final SolrCloudClient client;

    public SolrCollections(SolrCloudClient client) {
        this.client = client;
    }

    /** A collection's shape: what a rebuild copies. */
    public record Shape(String configName, int shards, int replicas) {}

    /**
     * The cluster as {@code /health} shows it.
     *
     * @param collection the collection behind the name searched (the alias's target, or the name)
     * @param activeReplicas replicas that are active on a live node, of {@code replicas}
     * @param shardsServed shards with at least one such replica, of {@code shards}
     */
    public record ClusterState(
            List<String> liveNodes,
            String collection,
            int shards,
            int shardsServed,
            int replicas,
            int activeReplicas) {}

    /** The collection an alias points at; empty when the name is no alias. */
    public Optional<String> aliasTarget(String alias) throws IOException {
        String target = aliases().getOrDefault(alias, "");
        return target.isEmpty() || target.contains(",") ? Optional.empty() : Optional.of(target);
    }

    /** Every alias of the cluster with what it points at (collections separated by commas). */
    public Map<String, String> aliases() throws IOException {
        JsonNode aliases = client.get("/admin/collections", Map.of("action", "LISTALIASES", "wt", "json"))
                .path("aliases");
        var out = new LinkedHashMap<String, String>();
        aliases.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** The names of the cluster's collections. */
    public java.util.List<String> list() throws IOException {
        var out = new java.util.ArrayList<String>();
        client.get("/admin/collections", Map.of("action", "LIST", "wt", "json"))
                .path("collections")
                .forEach(c -> out.add(c.asText()));
        return out;
    }

    public Shape shape(String collection) throws IOException {
        JsonNode c = status(collection).path("cluster").path("collections").path(collection);
        if (c.isMissingNode()) {
            throw new IOException("no collection " + collection + " in the cluster");
        }
        int shards = c.path("shards").size();
        int replicas = c.path("replicationFactor").asInt(0);
        if (replicas == 0) {
            replicas = c.path("shards").elements().next().path("replicas").size();
        }
        return new Shape(c.path("configName").asText(), shards, replicas);
    }

    /** Creates a collection and returns once its replicas are active. */
    public void create(String name, Shape shape) throws IOException {
        var params = new LinkedHashMap<String, String>();
        params.put("action", "CREATE");
        params.put("name", name);
        params.put("collection.configName", shape.configName());
        params.put("numShards", String.valueOf(shape.shards()));
        params.put("replicationFactor", String.valueOf(shape.replicas()));
        params.put("waitForFinalState", "true");
        params.put("wt", "json");
        client.get("/admin/collections", params);
    }

    /** Points the alias at the collection, in one step for every client. */
    public void alias(String alias, String collection) throws IOException {
        client.get(
                "/admin/collections",
                Map.of("action", "CREATEALIAS", "name", alias, "collections", collection, "wt", "json"));
    }

    /** The documents a collection (or the collection behind an alias) holds, as searchers see them. */
    public long count(String collection) throws IOException {
        return client.get("/" + collection + "/select", Map.of("q", "*:*", "rows", "0", "wt", "json"))
                .path("response")
                .path("numFound")
                .asLong();
    }

    public void delete(String collection) throws IOException {
        client.get("/admin/collections", Map.of("action", "DELETE", "name", collection, "wt", "json"));
    }

    /** Live nodes and the replicas and shards of the collection behind {@code name}. */
    public ClusterState state(String name) throws IOException {
        String collection = aliasTarget(name).orElse(name);
        JsonNode cluster = status(collection).path("cluster");
        var live = new java.util.ArrayList<String>();
        cluster.path("live_nodes").forEach(n -> live.add(n.asText()));
        JsonNode shards = cluster.path("collections").path(collection).path("shards");
        int replicas = 0;
        int active = 0;
        int served = 0;
        for (JsonNode shard : (Iterable<JsonNode>) shards::elements) {
            boolean any = false;
            for (JsonNode replica : (Iterable<JsonNode>) shard.path("replicas")::elements) {
                replicas++;
                // a dead node's replicas keep saying "active" until ZooKeeper expires its session
                if ("active".equals(replica.path("state").asText())
                        && live.contains(replica.path("node_name").asText())) {
                    active++;
                    any = true;
                }
            }
            served += any ? 1 : 0;
        }
        return new ClusterState(
                live.stream().map(SolrCloudClient::baseUrl).toList(),
                collection,
                shards.size(),
                served,
                replicas,
                active);
    }

    private JsonNode status(String collection) throws IOException {
        return client.get(
                "/admin/collections", Map.of("action", "CLUSTERSTATUS", "collection", collection, "wt", "json"));
    }
}
