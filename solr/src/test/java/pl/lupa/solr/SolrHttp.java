package pl.lupa.solr;

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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Solr over plain {@code java.net.http}, as Lupa's server will talk to it: no Solr or Jetty class
 * on the client's side. Non-200 answers are exceptions carrying Solr's message.
 */
final class SolrHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** GET with parameters (form-encoded in the query string); the JSON answer. */
    JsonNode get(String url, Map<String, String> params) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url + "?" + form(params)))
                .timeout(Duration.ofSeconds(10))
                .build();
        return send(request);
    }

    /** POST of a JSON body (the update API takes an array of documents). */
    JsonNode postJson(String url, Object body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return send(request);
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + request.uri() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
