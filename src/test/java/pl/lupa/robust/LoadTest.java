package pl.lupa.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.Gazetteer;
import pl.lupa.index.IndexJob;
import pl.lupa.index.IndexListener;
import pl.lupa.testing.TestServer;

/**
 * 32 clients send a seeded mix of searches for a while (60 s unless {@code lupa.load.seconds}
 * says otherwise) while an incremental index job runs over and over on the same index: no
 * request may fail. Latency percentiles, throughput and the heap are written to
 * {@code target/load-test.txt}.
 */
class LoadTest {

    private static final int CLIENTS = 32;
    private static final long SEED = 7070L;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final String[] WORDS = {
        "microsoft",
        "Microsoftu",
        "nvidia",
        "Nvidii",
        "openai",
        "centrum",
        "danych",
        "inwestycja",
        "inwestycje",
        "wspolpraca",
        "współpraca",
        "chmura",
        "chmurze",
        "sztuczna",
        "inteligencja",
        "cd",
        "projekt",
        "wiedźmin",
        "cyberpunk",
        "allegro",
        "gpw",
        "fabryka",
        "intel",
        "ransomware",
        "wyciek",
        "kara",
        "uodo",
        "5g",
        "play",
        "orange",
        "google",
        "amazon",
        "apple",
        "meta",
        "zwolnienia",
        "miliard",
        "dolarów",
        "mld",
        "gigafabryka",
        "polska",
        "wrocław",
        "krakow",
        "warszawa",
        "startup",
        "finansowania",
        "zrodla",
        "układy",
        "chipy",
        "operator",
        "regulacja",
        "premiera",
        "gra",
        "sieć",
        "zamki",
        "xyzzy"
    };
    private static final String[] PHRASES = {
        "\"centrum danych\"",
        "\"sztuczna inteligencja\"",
        "\"cd projekt\"",
        "\"miliard dolarów\"",
        "\"wyciek danych\"",
        "\"centra danych\"",
        "\"nowe przepisy\""
    };
    private static final String[] COMPANIES = {
        "Microsoft", "Nvidia", "Google", "OpenAI", "CD Projekt", "Intel", "Amazon"
    };
    private static final String[] BUCKETS = {"lt1M", "1M-10M", "10M-100M", "100M-1B", "1B-10B", "gte10B"};

    @TempDir
    Path tmp;

    @Test
    void concurrentClientsDuringReindexingSeeNoErrors() throws Exception {
        long seconds = Long.getLong("lupa.load.seconds", 60);
        Path docs = Corpus.copySamples(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        var extractor = new EntityExtractor(Gazetteer.bundled());
        new IndexJob(IndexJob.Options.of(List.of(docs), index, false), extractor, IndexListener.NONE).run();
        List<String> ids = new ArrayList<>(Corpus.ids(index));
        Collections.sort(ids);
        List<Path> editable;
        try (var files = Files.walk(docs)) {
            editable = files.filter(p -> p.toString().endsWith(".md")
                            && !p.getFileName().toString().startsWith("README"))
                    .sorted()
                    .toList();
        }

        var heap = new HeapWatch();
        heap.start();
        try (var server = TestServer.start(index, Duration.ofMillis(250), Duration.ofSeconds(5))) {
            var http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(REQUEST_TIMEOUT)
                    .build();
            String base = server.url("");
            var stop = new AtomicBoolean();
            var errors = new ConcurrentLinkedQueue<String>();
            var errorCount = new AtomicLong();
            var timedOut = new AtomicLong();
            var reindexRounds = new AtomicInteger();
            var reindexFailures = new ConcurrentLinkedQueue<Throwable>();

            // The index changes under the load: an article edited, a new one added, an old one
            // removed, and an incremental job committing it, again and again.
            Thread reindexer = new Thread(
                    () -> {
                        var random = new Random(SEED);
                        Path added = null;
                        while (!stop.get()) {
                            try {
                                int round = reindexRounds.get();
                                Path file = editable.get(random.nextInt(editable.size()));
                                Files.writeString(
                                        file,
                                        "\n\nAktualizacja numer " + round + ": redakcja uzupełniła tekst.\n",
                                        StandardCharsets.UTF_8,
                                        java.nio.file.StandardOpenOption.APPEND);
                                if (added != null) {
                                    Files.delete(added);
                                }
                                added = docs.resolve("obciazenie/nowy-" + round + ".md");
                                Files.createDirectories(added.getParent());
                                Files.writeString(added, Corpus.article(SEED, round, 6), StandardCharsets.UTF_8);
                                new IndexJob(
                                                IndexJob.Options.of(List.of(docs), index, false),
                                                extractor,
                                                IndexListener.NONE)
                                        .run();
                                reindexRounds.incrementAndGet();
                            } catch (Throwable t) {
                                reindexFailures.add(t);
                                return;
                            }
                        }
                    },
                    "reindexer");

            var latencies = new long[CLIENTS][];
            var counts = new int[CLIENTS];
            var clients = new ArrayList<Thread>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(new Thread(
                        () -> {
                            var random = new Random(SEED + 1 + client);
                            long[] mine = new long[1 << 12];
                            int n = 0;
                            while (!stop.get()) {
                                String target = nextTarget(random, ids);
                                long start = System.nanoTime();
                                try {
                                    var response = http.send(
                                            HttpRequest.newBuilder(URI.create(base + target))
                                                    .timeout(REQUEST_TIMEOUT)
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString());
                                    long took = System.nanoTime() - start;
                                    if (n == mine.length) {
                                        mine = Arrays.copyOf(mine, n * 2);
                                    }
                                    mine[n++] = took;
                                    if (response.statusCode() != 200) {
                                        fail(
                                                errors,
                                                errorCount,
                                                response.statusCode() + " " + target + " "
                                                        + abbreviate(response.body()));
                                    } else if (response.body().contains("\"timedOut\":true")) {
                                        timedOut.incrementAndGet();
                                    }
                                } catch (Exception e) {
                                    fail(errors, errorCount, e + " " + target);
                                }
                            }
                            latencies[client] = Arrays.copyOf(mine, n);
                            counts[client] = n;
                        },
                        "client-" + c));
            }

            Instant started = Instant.now();
            reindexer.start();
            clients.forEach(Thread::start);
            Thread.sleep(seconds * 1000);
            stop.set(true);
            Instant stopped = Instant.now();
            long joinDeadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            for (Thread t : clients) {
                t.join(Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000));
                assertThat(t.isAlive())
                        .as("%s ends once the load stops", t.getName())
                        .isFalse();
            }
            reindexer.join(Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000));
            assertThat(reindexer.isAlive())
                    .as("the reindexer ends once the load stops")
                    .isFalse();

            long[] all = Arrays.stream(latencies)
                    .flatMapToLong(Arrays::stream)
                    .sorted()
                    .toArray();
            double elapsed = Duration.between(started, stopped).toMillis() / 1000.0;
            heap.stop();
            var report = new StringBuilder();
            report.append(String.format(Locale.ROOT, "Lupa load test (%s)%n", Instant.now()));
            report.append(String.format(
                    Locale.ROOT,
                    "corpus: sample-docs, %d documents; %d clients for %.1f s; %d cores; -Xmx %d MB%n",
                    ids.size(),
                    CLIENTS,
                    elapsed,
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20));
            report.append(String.format(
                    Locale.ROOT,
                    "requests: %d, errors: %d, timed-out searches (partial 200s): %d%n",
                    all.length,
                    errorCount.get(),
                    timedOut.get()));
            report.append(String.format(Locale.ROOT, "throughput: %.1f requests/s%n", all.length / elapsed));
            report.append(String.format(
                    Locale.ROOT,
                    "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                    percentile(all, 50),
                    percentile(all, 95),
                    percentile(all, 99),
                    all.length == 0 ? 0 : all[all.length - 1] / 1e6));
            report.append(String.format(
                    Locale.ROOT, "concurrent incremental index jobs committed: %d%n", reindexRounds.get()));
            report.append(String.format(
                    Locale.ROOT,
                    "heap used: max %d MB sampled (MemoryMXBean), %d MB summed pool peaks%n",
                    heap.maxUsed() >> 20,
                    heap.poolPeaks() >> 20));
            System.out.print(report);
            Path out = Path.of("target", "load-test.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);

            assertThat(reindexFailures)
                    .as("the concurrent index job never fails")
                    .isEmpty();
            assertThat(errors)
                    .as("failed requests (%d in all)", errorCount.get())
                    .isEmpty();
            assertThat(all.length).as("requests sent").isPositive();
            assertThat(reindexRounds.get())
                    .as("index jobs committed during the load")
                    .isPositive();
        } finally {
            heap.stop();
        }
    }

    private static void fail(ConcurrentLinkedQueue<String> errors, AtomicLong count, String what) {
        if (count.incrementAndGet() <= 20) {
            errors.add(what);
        }
    }

    /** A seeded mix of what the search page and API clients send. */
    static String nextTarget(Random random, List<String> ids) {
        int kind = random.nextInt(100);
        if (kind < 5) {
            return "/health";
        }
        if (kind < 10) {
            return "/api/documents/" + enc(ids.get(random.nextInt(ids.size())));
        }
        var params = new ArrayList<String>();
        if (kind < 45) {
            params.add("q=" + enc(words(random, 1 + random.nextInt(3))));
        } else if (kind < 55) {
            params.add("q=" + enc(PHRASES[random.nextInt(PHRASES.length)]));
        } else if (kind < 60) {
            params.add("q=" + enc(words(random, 1) + " -" + words(random, 1)));
        } else if (kind < 65) {
            params.add("q=" + enc(words(random, 1) + " OR " + words(random, 1)));
        } else if (kind < 75) {
            params.add("sort=date");
        } else {
            params.add("q=" + enc(words(random, 1 + random.nextInt(2))));
        }
        if (kind >= 65 || random.nextInt(4) == 0) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    int from = 2019 + random.nextInt(7);
                    params.add("from=" + from);
                    params.add(
                            "to=" + (from + random.nextInt(3)) + "-" + String.format("%02d", 1 + random.nextInt(12)));
                }
                case 1 -> params.add("usd=" + BUCKETS[random.nextInt(BUCKETS.length)]);
                case 2 -> {
                    long min = (long) Math.pow(10, 5 + random.nextInt(6));
                    params.add("usdMin=" + min);
                    params.add("usdMax=" + min * (1 + random.nextInt(1000)));
                }
                case 3 -> params.add("company=" + enc(COMPANIES[random.nextInt(COMPANIES.length)]));
                case 4 -> {
                    params.add("company=" + enc(COMPANIES[random.nextInt(COMPANIES.length)]));
                    params.add("company=" + enc(COMPANIES[random.nextInt(COMPANIES.length)]));
                    params.add("usd=" + BUCKETS[random.nextInt(BUCKETS.length)]);
                }
                default -> {
                    if (params.stream().noneMatch(p -> p.startsWith("sort="))) {
                        params.add("sort=" + (random.nextBoolean() ? "date" : "relevance"));
                    }
                }
            }
        }
        if (random.nextInt(4) == 0) {
            params.add("page=" + (1 + random.nextInt(5)));
            params.add("size=" + (1 + random.nextInt(50)));
        }
        if (random.nextInt(5) == 0) {
            params.add("facetSize=" + (1 + random.nextInt(200)));
        }
        Collections.shuffle(params, random);
        return "/api/search?" + String.join("&", params);
    }

    private static String words(Random random, int n) {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** Samples the used heap every 50 ms. */
    private static final class HeapWatch {
        private final AtomicLong max = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this::run, "heap-watch");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running.get()) {
                max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(1_000);
        }

        long maxUsed() {
            return max.get();
        }

        long poolPeaks() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
        }
    }
}
