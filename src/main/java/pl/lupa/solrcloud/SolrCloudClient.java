package pl.lupa.solrcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * SolrCloud over plain {@code java.net.http} and JSON: no Solr or Jetty class on Lupa's side (Solr
 * brings Jetty 10, Lupa's server Jetty 12). A request goes to one live node, taking turns; when a
 * node does not answer (refused, reset, timed out) or answers with a server error (5xx), the next one
 * is tried (Lupa's requests are searches and idempotent updates), so a dead
 * node fails no request while another holds a replica. The list of nodes starts from the URLs given
 * and follows the cluster's {@code live_nodes}, read again every {@value #REFRESH_SECONDS} s and
 * after a node fails.
 *
 * <p>Thread-safe; one instance serves a whole server or index run.
 */
public final class SolrCloudClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long REFRESH_SECONDS = 10;

    private final HttpClient http;
    private final Duration timeout;
    private final List<String> seeds;
    private final AtomicReference<List<String>> nodes;
    private final AtomicReference<Instant> refreshed = new AtomicReference<>(Instant.EPOCH);
    private final AtomicInteger turn = new AtomicInteger();

    /**
     * @param urls    base URLs of one or more nodes, as {@code http://host:8983/solr}
     * @param timeout how long one request to one node may take before the next node is tried
     */
    public SolrCloudClient(List<String> urls, Duration timeout) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one Solr URL is needed");
        }
        this.seeds = urls.stream().map(SolrCloudClient::trimmed).toList();
        for (String url : seeds) {
            var uri = URI.create(url);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalArgumentException("not a Solr URL (http://host:port/solr): " + url);
            }
        }
        this.nodes = new AtomicReference<>(seeds);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A Solr error answer: 4xx (the request is at fault), or 5xx from every node tried. */
    public static final class SolrException extends IOException {
        private final int status;

        SolrException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** GET {@code path} (as {@code /news/select}) with form parameters; the JSON answer. */
    public JsonNode get(String path, Map<String, String> params) throws IOException {
        return send(base -> HttpRequest.newBuilder(URI.create(base + path + "?" + form(params)))
                .timeout(timeout)
                .build());
    }

    /** POST of a JSON body to {@code path} (the update and JSON request APIs). */
    public JsonNode post(String path, Object body) throws IOException {
        String text = JSON.writeValueAsString(body);
        return send(base -> HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text))
                .build());
    }

    /** The nodes requests go to now. */
    public List<String> nodes() {
        return nodes.get();
    }

    /** The base URLs of the live nodes a CLUSTERSTATUS answer lists. */
    static List<String> liveNodes(JsonNode clusterStatus) {
        var out = new ArrayList<String>();
        clusterStatus.path("cluster").path("live_nodes").forEach(n -> out.add(baseUrl(n.asText())));
        return out;
    }

    @FunctionalInterface
    private interface RequestTo {
        HttpRequest at(String base);
    }

    private JsonNode send(RequestTo request) throws IOException {
        maybeRefresh();
        List<String> tried = new ArrayList<>();
        IOException last = null;
        for (int round = 0; round < 2; round++) {
            List<String> order = rotation();
            for (String base : order) {
                if (tried.contains(base)) {
                    continue;
                }
                tried.add(base);
                try {
                    HttpResponse<String> response =
                            http.send(request.at(base), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (response.statusCode() == 200) {
                        return JSON.readTree(response.body());
                    }
                    var error = new SolrException(response.statusCode(), message(response));
                    if (response.statusCode() < 500) {
                        throw error; // the request is at fault: every node would say so
                    }
                    last = error; // this node cannot serve it now (no replica, recovering, failing): another may
                } catch (SolrException e) {
                    throw e;
                } catch (IOException e) {
                    last = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for Solr", e);
                }
            }
            refresh(); // a node failed: the cluster may know of others
        }
        throw new IOException(
                "no Solr node answered (tried " + String.join(", ", tried) + "): "
                        + (last == null ? "no nodes" : last.getMessage()),
                last);
    }

    /** The nodes in the order this request tries them: each request starts at the next one. */
    private List<String> rotation() {
        List<String> all = nodes.get();
        int start = Math.floorMod(turn.getAndIncrement(), all.size());
        var out = new ArrayList<String>(all.size());
        for (int i = 0; i < all.size(); i++) {
            out.add(all.get((start + i) % all.size()));
        }
        return out;
    }

    private void maybeRefresh() {
        if (Duration.between(refreshed.get(), Instant.now()).getSeconds() >= REFRESH_SECONDS) {
            refresh();
        }
    }

    /** Reads live_nodes from any node that answers; keeps the old list when none does. */
    private void refresh() {
        refreshed.set(Instant.now());
        var candidates = new LinkedHashSet<String>(nodes.get());
        candidates.addAll(seeds);
        for (String base : candidates) {
            try {
                var req = HttpRequest.newBuilder(URI.create(base + "/admin/collections?action=CLUSTERSTATUS&wt=json"))
                        .timeout(timeout)
                        .build();
                HttpResponse<String> response = http.send(req, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    continue;
                }
                List<String> live = liveNodes(JSON.readTree(response.body()));
                if (!live.isEmpty()) {
                    nodes.set(List.copyOf(live));
                    return;
                }
            } catch (IOException e) {
                // try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** {@code 127.0.0.1:8983_solr} (a live_nodes entry) as {@code http://127.0.0.1:8983/solr}. */
    static String baseUrl(String liveNode) {
        int cut = liveNode.indexOf('_');
        String host = cut < 0 ? liveNode : liveNode.substring(0, cut);
        String context = cut < 0 ? "solr" : liveNode.substring(cut + 1).replace("%2F", "/");
        return "http://" + host + "/" + context;
    }

    private static String message(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            String msg = body.path("error").path("msg").asText("");
            if (msg.isEmpty()) {
                // a server error may carry only its trace: its first line names the exception
                msg = body.path("error")
                        .path("trace")
                        .asText("")
                        .lines()
                        .findFirst()
                        .orElse("");
            }
            if (!msg.isEmpty()) {
                return msg;
            }
        } catch (IOException notJson) {
            // the status says it
        }
        return "HTTP " + response.statusCode() + " from Solr";
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
