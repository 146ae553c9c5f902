package pl.lupa.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.testing.TestServer;

/**
 * The server facing a missing, empty or damaged index: it keeps running and answers 503 with
 * an explanation of what to do, never a 500 and never a stack trace.
 */
class ServeFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    static Path docs;
    static Path pristine;
    static String someId;

    @BeforeAll
    static void buildAnIndex() throws IOException {
        docs = shared.resolve("docs");
        pristine = shared.resolve("pristine");
        List<String> ids = Corpus.writeArticles(docs, 7, 0, 12, 8);
        someId = ids.get(0);
        index(docs, pristine, true);
    }

    private static void index(Path docs, Path index, boolean full) throws IOException {
        TestServer.index(docs, index, full);
    }

    /** The shared test server on {@code index}, called with raw requests (RawHttp) so nothing is normalised. */
    private record Server(TestServer server) implements AutoCloseable {
        static Server on(Path index) {
            return new Server(TestServer.start(index, Duration.ofMillis(100), Duration.ofSeconds(5)));
        }

        RawHttp.Reply get(String target) {
            return RawHttp.get(server.port(), target);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private static List<String> apiTargets() {
        return List.of(
                "/api/search",
                "/api/search?q=centrum",
                "/api/search?q=" + URLEncoder.encode("\"centrum danych\"", StandardCharsets.UTF_8)
                        + "&sort=date&facetSize=5",
                "/api/documents/" + URLEncoder.encode(someId, StandardCharsets.UTF_8));
    }

    /** 503 with a JSON explanation that tells the operator what to run. */
    private static void assertExplained503(RawHttp.Reply reply, String target) throws IOException {
        assertThat(reply.status()).as("%s → %s", target, reply).isEqualTo(503);
        assertThat(reply.contentType()).as(target).contains("application/json");
        JsonNode body = JSON.readTree(reply.body());
        assertThat(body.path("error").isTextual())
                .as("%s: %s", target, reply.body())
                .isTrue();
        assertThat(body.path("error").asText()).as(target).contains("lupa index");
        assertThat(RawHttp.STACK_TRACE.matcher(reply.body()).find())
                .as("no stack trace: %s", reply.body())
                .isFalse();
    }

    @Test
    void missingIndexIs503WithAnExplanation() throws Exception {
        try (var server = Server.on(tmp.resolve("no-such-index"))) {
            assertExplained503(server.get("/health"), "/health");
            for (String target : apiTargets()) {
                assertExplained503(server.get(target), target);
            }
            assertThat(server.get("/").status()).as("the page itself is served").isEqualTo(200);
        }
    }

    @Test
    void folderWithoutACommitIs503AndTheIndexIsPickedUpOnceItAppears() throws Exception {
        Path index = Files.createDirectories(tmp.resolve("index"));
        try (var server = Server.on(index)) {
            assertExplained503(server.get("/health"), "/health");
            for (String target : apiTargets()) {
                assertExplained503(server.get(target), target);
            }
            index(docs, index, false);
            awaitHealthy(server);
            assertThat(server.get("/api/search?q=centrum").status()).isEqualTo(200);
        }
    }

    /** Every file of the index, overwritten with garbage of the same length, in turn. */
    @TestFactory
    Stream<DynamicTest> aGarbledIndexFileIs503NeverA500() throws IOException {
        List<String> files;
        try (var list = Files.list(pristine)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("write.lock"))
                    .sorted()
                    .toList();
        }
        assertThat(files).anyMatch(n -> n.startsWith("segments_"));
        var tests = new ArrayList<DynamicTest>();
        for (String name : files) {
            tests.add(DynamicTest.dynamicTest("garbage in " + name, () -> {
                Path index = copyOfPristine("garbled-" + name);
                garble(index.resolve(name));
                assertServesNo500(index, name);
            }));
        }
        tests.add(DynamicTest.dynamicTest("segments file cut to half", () -> {
            Path index = copyOfPristine("cut-segments");
            Path segments = segmentsFile(index);
            byte[] bytes = Files.readAllBytes(segments);
            Files.write(segments, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertServesNo500(index, "cut segments file");
        }));
        tests.add(DynamicTest.dynamicTest("largest data file deleted", () -> {
            Path index = copyOfPristine("deleted-file");
            Files.delete(largestDataFile(index));
            assertServesNo500(index, "deleted data file");
        }));
        tests.add(DynamicTest.dynamicTest("largest data file cut to zero bytes", () -> {
            Path index = copyOfPristine("empty-file");
            Files.write(largestDataFile(index), new byte[0]);
            assertServesNo500(index, "empty data file");
        }));
        return tests.stream();
    }

    /**
     * The advice of the 503 ("rebuild it with 'lupa index --full'") works, and the running
     * server picks the rebuilt index up without a restart.
     */
    @Test
    void aCorruptIndexRebuiltWithFullIsServedWithoutRestart() throws Exception {
        Path index = copyOfPristine("rebuild");
        garble(segmentsFile(index));
        try (var server = Server.on(index)) {
            var health = server.get("/health");
            assertExplained503(health, "/health");
            assertThat(health.body()).contains("--full");
            index(docs, index, true);
            awaitHealthy(server);
            var found = server.get("/api/search?q=centrum");
            assertThat(found.status()).as(found.toString()).isEqualTo(200);
            assertThat(JSON.readTree(found.body()).get("total").asLong()).isPositive();
        }
    }

    @Test
    void serveOnACorruptIndexPrintsAnExplanationNotAStackTrace() throws Exception {
        Path index = copyOfPristine("serve");
        garble(segmentsFile(index));
        try (var serve =
                ChildJvm.lupa("serve", "--index", index.toString(), "--docs", docs.toString(), "--port", "0")) {
            boolean explained = serve.awaitLine(line -> line.startsWith("Index not ready"), Duration.ofSeconds(60));
            // A few more seconds of output, in case something is logged after the banner.
            serve.awaitLine(line -> false, Duration.ofSeconds(2));
            assertThat(serve.process().isAlive())
                    .as("serve keeps running; stderr:\n%s", serve.stderr())
                    .isTrue();
            serve.kill();
            String out = serve.stdout();
            assertThat(explained)
                    .as("stdout:\n%s\nstderr:\n%s", out, serve.stderr())
                    .isTrue();
            assertThat(out).contains("lupa index --full");
            assertThat(out).doesNotContainPattern(RawHttp.STACK_TRACE);
            assertThat(serve.stderr()).doesNotContainPattern(RawHttp.STACK_TRACE);
        }
    }

    private void assertServesNo500(Path index, String what) throws Exception {
        try (var server = Server.on(index)) {
            var targets = new ArrayList<String>();
            targets.add("/health");
            targets.addAll(apiTargets());
            for (String target : targets) {
                var reply = server.get(target);
                assertThat(reply.status())
                        .as("%s, %s → %s", what, target, reply)
                        .isIn(200, 503);
                assertThat(RawHttp.STACK_TRACE.matcher(reply.body()).find())
                        .as("%s, %s: %s", what, target, reply)
                        .isFalse();
                if (reply.status() == 503) {
                    assertExplained503(reply, what + ", " + target);
                }
            }
            assertThat(server.get("/health").status())
                    .as("%s: health is 503 when the index is damaged", what)
                    .isEqualTo(503);
        }
    }

    private static void awaitHealthy(Server server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        RawHttp.Reply last;
        do {
            last = server.get("/health");
            if (last.status() == 200) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the server did not pick up the index: " + last);
    }

    private Path copyOfPristine(String name) throws IOException {
        Path copy = tmp.resolve(name);
        Corpus.copyTree(pristine, copy);
        return copy;
    }

    private static Path segmentsFile(Path index) throws IOException {
        try (var list = Files.list(index)) {
            return list.filter(p -> p.getFileName().toString().startsWith("segments_"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static Path largestDataFile(Path index) throws IOException {
        try (var list = Files.list(index)) {
            return list.filter(p -> !p.getFileName().toString().startsWith("segments_")
                            && !p.getFileName().toString().equals("write.lock"))
                    .max(java.util.Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow();
        }
    }

    private static void garble(Path file) throws IOException {
        byte[] garbage = new byte[(int) Math.max(16, Files.size(file))];
        new Random(file.getFileName().toString().hashCode()).nextBytes(garbage);
        Files.write(file, garbage);
    }
}
