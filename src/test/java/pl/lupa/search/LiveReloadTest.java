package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.Gazetteer;
import pl.lupa.index.Fixtures;
import pl.lupa.index.IndexJob;
import pl.lupa.index.IndexListener;
import pl.lupa.testing.TestServer;

class LiveReloadTest {

    @TempDir
    Path tmp;

    @Test
    void aConcurrentIndexJobBecomesVisibleWithoutFailedRequests() throws Exception {
        Path docs = SearchFixture.docs(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        var extractor = new EntityExtractor(Gazetteer.bundled());
        new IndexJob(IndexJob.Options.of(List.of(docs), index, false), extractor, IndexListener.NONE).run();

        try (var server = TestServer.start(index, Duration.ofMillis(250), Duration.ofSeconds(5))) {
            var searcher = server.searcher();
            var http = HttpClient.newHttpClient();
            var uri = URI.create(server.url("/api/search?q=nvidia"));
            var running = new AtomicBoolean(true);
            var failures = new AtomicInteger();
            var requests = new AtomicInteger();
            Thread client = new Thread(() -> {
                while (running.get()) {
                    try {
                        var r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                        requests.incrementAndGet();
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
            client.start();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 20; i++) {
                    Fixtures.write(
                            docs,
                            "nowe/r" + round + "-" + i + ".md",
                            Fixtures.markdown(
                                    "Nvidia runda " + round,
                                    "2025-0" + (round + 1) + "-1" + (i % 9),
                                    "Nvidia ogłosiła nowy układ numer " + i + "."));
                }
                new IndexJob(IndexJob.Options.of(List.of(docs), index, round == 2), extractor, IndexListener.NONE)
                        .run();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            long total = 0;
            while (System.nanoTime() < deadline) {
                total = searcher.search(SearchRequest.of("nvidia")).total();
                if (total == 62) {
                    break;
                }
                Thread.sleep(50);
            }
            running.set(false);
            client.join();
            assertThat(total).as("the last commit is visible within 5 s").isEqualTo(62);
            assertThat(requests.get()).isPositive();
            assertThat(failures.get()).isZero();
        }
    }

    @Test
    void aSearchOverItsBudgetSaysSo() throws Exception {
        Path index = SearchFixture.index(tmp);
        try (var searcher = new LupaSearcher(index, Duration.ofHours(1), Duration.ZERO)) {
            SearchResult r = searcher.search(SearchRequest.of("nvidia"));
            assertThat(r.timedOut()).isTrue();
            assertThat(r.hits()).isEmpty();
        }
        try (var searcher = new LupaSearcher(index, Duration.ofHours(1), Duration.ofSeconds(5))) {
            assertThat(searcher.search(SearchRequest.of("nvidia")).timedOut()).isFalse();
        }
    }

    @Test
    void aMissingIndexIsNotReadyAndOpensOnceItAppears() throws Exception {
        Path index = tmp.resolve("later");
        try (var server = TestServer.start(index, Duration.ofMillis(100), Duration.ofSeconds(5))) {
            var searcher = server.searcher();
            assertThat(searcher.health().ready()).isFalse();
            assertThat(searcher.health().message()).contains("lupa index");
            var r = server.get("/api/search?q=x");
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("\"error\"");
            var h = server.get("/health");
            assertThat(h.statusCode()).isEqualTo(503);
            assertThat(h.body()).contains("\"status\":\"unavailable\"");

            TestServer.index(SearchFixture.docs(tmp.resolve("docs")), index);
            searcher.refresh();
            assertThat(searcher.health().documents()).isEqualTo(SearchFixture.ARTICLES);
        }
    }
}
