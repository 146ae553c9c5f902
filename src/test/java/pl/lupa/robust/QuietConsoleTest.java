package pl.lupa.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.index.Fixtures;
import pl.lupa.testing.TestServer;

/**
 * {@code lupa serve} keeps a quiet console: its one start-up line, and nothing per request unless
 * {@code --access-log} asks for it; no library chatter (Jetty's and Javalin's start-up lines).
 */
class QuietConsoleTest {

    private static final Pattern SERVING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path tmp;

    @Test
    void oneStartUpLineAndNoLinePerRequestUnlessAsked() throws Exception {
        Path index = tmp.resolve("index");
        TestServer.index(Fixtures.mixedFolder(tmp.resolve("docs")), index);

        List<String> quiet = serveAndSearch(index, false);
        assertThat(quiet).as("the console of a plain serve").hasSize(1);
        assertThat(quiet.get(0)).startsWith("Lupa is serving 5 documents");

        List<String> logged = serveAndSearch(index, true);
        assertThat(logged).as("with --access-log, one line per request").hasSize(2);
        assertThat(logged.get(1)).contains("GET /api/search 200");
    }

    /** The lines the server printed on both streams while it started and answered one search. */
    private static List<String> serveAndSearch(Path index, boolean accessLog) throws Exception {
        String[] args = {"serve", "--index", index.toString(), "--port", "0"};
        if (accessLog) {
            args = Arrays.copyOf(args, args.length + 1);
            args[args.length - 1] = "--access-log";
        }
        try (var child = ChildJvm.lupa(args)) {
            assertThat(child.awaitLine(l -> SERVING.matcher(l).find(), Duration.ofSeconds(60)))
                    .as(child.stderr())
                    .isTrue();
            var m = SERVING.matcher(child.stdout());
            assertThat(m.find()).isTrue();
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(1) + "/api/search?q=zamki"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            if (accessLog) {
                assertThat(child.awaitLine(l -> l.contains("GET /api/search"), Duration.ofSeconds(10)))
                        .isTrue();
            } else {
                Thread.sleep(500); // a line per request, were there one, is written as the answer goes out
            }
            child.kill();
            return (child.stdout() + "\n" + child.stderr())
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }
}
