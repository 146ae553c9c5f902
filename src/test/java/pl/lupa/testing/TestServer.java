package pl.lupa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.Gazetteer;
import pl.lupa.index.IndexJob;
import pl.lupa.index.IndexListener;
import pl.lupa.index.IndexSummary;
import pl.lupa.search.LupaSearcher;
import pl.lupa.web.WebApp;

/**
 * The real server of the tests: an index built by the real index job, the searcher over it and
 * the web app on a free port of 127.0.0.1, called over a socket with the JDK's HTTP client, as
 * users' programs call it. Closing it stops the server and the searcher.
 */
public final class TestServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LupaSearcher searcher;
    private final Javalin app;

    private TestServer(LupaSearcher searcher, Javalin app) {
        this.searcher = searcher;
        this.app = app;
    }

    /** Builds or updates {@code index} from {@code docs} with the bundled gazetteer, as {@code lupa index} does. */
    public static IndexSummary index(Path docs, Path index) throws IOException {
        return index(docs, index, false);
    }

    public static IndexSummary index(Path docs, Path index, boolean full) throws IOException {
        return new IndexJob(
                        IndexJob.Options.of(List.of(docs), index, full),
                        new EntityExtractor(Gazetteer.bundled()),
                        IndexListener.NONE)
                .run();
    }

    /** A server on a fresh index of the sample articles, built in {@code tmp/index}: most API tests' fixture. */
    public static TestServer onSampleDocs(Path tmp) throws IOException {
        Path index = tmp.resolve("index");
        index(Path.of("sample-docs"), index);
        return start(index);
    }

    /** A server on an index (which need not exist yet), refreshed every 200 ms, with a 5 s search budget. */
    public static TestServer start(Path index) {
        return start(index, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    public static TestServer start(Path index, Duration refreshEvery, Duration budget) {
        var searcher = new LupaSearcher(index, refreshEvery, budget);
        return new TestServer(searcher, WebApp.create(searcher).start("127.0.0.1", 0));
    }

    public LupaSearcher searcher() {
        return searcher;
    }

    public int port() {
        return app.port();
    }

    /** {@code http://127.0.0.1:PORT} followed by the path and query. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + app.port() + pathAndQuery;
    }

    /** A GET that must answer 200, its JSON body parsed; the failure names the request and shows the body. */
    public JsonNode json(String pathAndQuery) {
        var response = get(pathAndQuery);
        assertThat(response.statusCode())
                .as(pathAndQuery + " → " + response.body())
                .isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(pathAndQuery + " answered no JSON", e);
        }
    }

    /** A GET of a path and query that {@link URI} accepts; the body as text. */
    public HttpResponse<String> get(String pathAndQuery) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        app.stop();
        searcher.close();
    }
}
