package pl.lupa.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.Gazetteer;
import pl.lupa.index.IndexJob;
import pl.lupa.index.IndexListener;
import pl.lupa.index.IndexSummary;
import pl.lupa.index.SolrIndexJob;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.SolrSearcher;
import pl.lupa.solrcloud.SolrCloudClient;
import pl.lupa.solrcloud.SolrCollections;
import pl.lupa.web.WebApp;

/**
 * The same Lupa on two backends. A real SolrCloud ({@code lupa cluster}: ZooKeeper and two Solr
 * nodes in processes of their own, 2 shards × 2 replicas) is filled by {@code lupa index --solr}'s
 * code from a copy of sample-docs, an embedded index from the same copy; one Lupa server runs on
 * each ({@code serve} and {@code serve --solr}) and every contract check sends the same HTTP
 * request to both. Then a node is killed with SIGKILL under four searching clients, and the
 * collection is rebuilt behind its alias under four searching clients.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrBackendIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#39|#x27);");

    @TempDir
    static Path tmp;

    static LocalSolrCloud cloud;
    static Path docs;
    static SolrCloudClient client;
    static LupaSearcher embedded;
    static SolrSearcher solr;
    static Javalin embeddedServer;
    static Javalin solrServer;
    static String embeddedUrl;
    static String solrUrl;
    static IndexSummary solrIndexed;
    /** Ranking queries whose top ten come in the very same order on both backends (reported, not asserted). */
    static final AtomicInteger SAME_ORDER = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        cloud = LocalSolrCloud.start(tmp.resolve("cluster"));
        docs = tmp.resolve("docs");
        copyTree(Path.of("sample-docs"), docs);
        var extractor = new EntityExtractor(Gazetteer.bundled());
        Path index = tmp.resolve("index");
        new IndexJob(IndexJob.Options.of(List.of(docs), index, true), extractor, new IndexListener() {}).run();
        client = new SolrCloudClient(List.of(cloud.urls().get(0)), Duration.ofSeconds(10));
        solrIndexed = new SolrIndexJob(
                        new SolrIndexJob.Options(List.of(docs), "news", false, 10L << 20, 2),
                        client,
                        extractor,
                        new IndexListener() {})
                .run();
        embedded = new LupaSearcher(index, Duration.ofSeconds(1), Duration.ofSeconds(10));
        solr = new SolrSearcher(client, "news", Duration.ofSeconds(10));
        embeddedServer = WebApp.create(embedded).start("127.0.0.1", 0);
        solrServer = WebApp.create(solr).start("127.0.0.1", 0);
        embeddedUrl = "http://127.0.0.1:" + embeddedServer.port();
        solrUrl = "http://127.0.0.1:" + solrServer.port();
    }

    @AfterAll
    static void stop() throws Exception {
        System.out.printf(
                "[ranking] top ten in the same order on both backends: %d of %d queries%n",
                SAME_ORDER.get(), queries().count());
        if (solrServer != null) {
            solrServer.stop();
        }
        if (embeddedServer != null) {
            embeddedServer.stop();
        }
        if (embedded != null) {
            embedded.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    /** The ranking queries of the embedded tests and the query syntax's cases. */
    static Stream<String> queries() {
        return Stream.of(
                "przejęcie Activision Blizzard",
                "Nvidia kupuje Arm",
                "centrum danych pod Warszawą",
                "Cyberpunk zwroty PlayStation Store",
                "debiut Allegro na giełdzie",
                "gielda allegro debiut",
                "InPost w Amsterdamie",
                "Nuance",
                "ZeniMax Bethesda",
                "zwolnienia w Mecie",
                "Musk kupuje Twittera",
                "UPC Polska",
                "chipy 3 nm Samsunga",
                "atak ransomware na firmę logistyczną",
                "Intel zakład pod Wrocławiem",
                "Phantom Liberty",
                "Frostpunk 2",
                "awaria CrowdStrike'a",
                "DeepSeek Nvidia spadek",
                "kary DMA dla Apple'a",
                "Mistral ASML",
                "wiedzmin 4",
                "gigafabryka sztucznej inteligencji",
                "lex Uber licencje kierowców",
                "kara UODO wyciek danych",
                "Norsk Hydro",
                "Iliadu",
                "procesor M1",
                "\"Dying Light 2\" opóźnienie",
                "porozumienie AI Act",
                "Microsoftu",
                "sztuczna inteligencja",
                "chmura -Microsoft",
                "Google OR Apple",
                "\"centrum danych\"",
                "zolw rybka trampolina",
                "",
                // misspelt: corrected with the collection's words, as the embedded index corrects them
                "Micorsoft",
                "Nvida",
                "Micorsoftem centrum",
                "samsnug",
                "sztuczna inteligancja",
                "zrudla",
                "hmura",
                "debiut Allgero",
                "półprzewodnkiów");
    }

    @Order(1)
    @ParameterizedTest(name = "q={0}")
    @MethodSource("queries")
    void searchAnswersAsTheEmbeddedIndexDoes(String q) throws Exception {
        var params = Map.of("q", q);
        JsonNode mine = get(embeddedUrl, "/api/search", params, 200);
        JsonNode cloud = get(solrUrl, "/api/search", params, 200);
        assertSameMatches(q, mine, cloud);
        assertThat(overlap(ids(mine), ids(cloud)))
                .as("top-10 overlap for «%s»: %s vs %s", q, ids(mine), ids(cloud))
                .isGreaterThanOrEqualTo(Math.min(9, ids(mine).size()));
        assertMarkOnly(cloud);
        if (ids(mine).equals(ids(cloud))) {
            SAME_ORDER.incrementAndGet();
        }
    }

    /** Filters, sorts, pages and the timeline: the same counts, and by date the same order. */
    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("filtered")
    void filtersSortsAndPagesAnswerAsTheEmbeddedIndexDoes(String query) throws Exception {
        var params = parse(query);
        JsonNode mine = get(embeddedUrl, "/api/search", params, 200);
        JsonNode cloud = get(solrUrl, "/api/search", params, 200);
        assertSameMatches(query, mine, cloud);
        assertThat(cloud.path("timeline")).as("timeline of %s", query).isEqualTo(mine.path("timeline"));
        String sort = params.getOrDefault("sort", "relevance");
        if (sort.startsWith("date") || sort.equals("usd")) {
            // whole order: by the date (or sum), ties by the same collection-wide scores
            assertThat(ids(cloud)).as("order of %s", query).isEqualTo(ids(mine));
        } else {
            assertThat(overlap(ids(mine), ids(cloud)))
                    .as("overlap for %s: %s vs %s", query, ids(mine), ids(cloud))
                    .isGreaterThanOrEqualTo(Math.min(9, ids(mine).size()));
        }
        assertMarkOnly(cloud);
    }

    static Stream<String> filtered() {
        return Stream.of(
                "q=Microsoft&company=Microsoft",
                "company=Google&company=Apple",
                "company=google&company=apple&companyMode=all",
                "company=Microsoft&companyMode=any&q=chmura",
                "from=2022-01-01&to=2022-12-31",
                "q=przejęcie&from=2021-01-01",
                "usd=1M-10M&usd=1B-10B",
                "usdMin=1000000000",
                "q=Microsoft&sort=date",
                "sort=date-asc&size=20",
                "q=chmura&sort=usd",
                "q=Microsoft&page=2&size=5",
                "q=sztuczna inteligencja&timeline=month",
                "company=Nvidia&timeline=year",
                "q=Nvidia&facets=false&snippets=false",
                "q=Microsoft OpenAI&group=true&size=20",
                "q=cd projekt wiedźmin",
                "q=cd projektu gra&size=20",
                "q=gigafabryka sztucznej inteligencji&size=20");
    }

    @Order(3)
    @Test
    void badParametersAreTheSame400s() throws Exception {
        for (String query :
                List.of("size=abc", "page=0", "company=Mikrosoft", "from=2024-13-01", "sort=popularity", "usd=lots")) {
            JsonNode mine = get(embeddedUrl, "/api/search", parse(query), 400);
            JsonNode cloud = get(solrUrl, "/api/search", parse(query), 400);
            assertThat(cloud).as(query).isEqualTo(mine);
        }
    }

    @Order(4)
    @Test
    void anArticleIsTheSameWithTheFormsAQueryMatched() throws Exception {
        for (String id : List.of("2024/microsoft-centrum-danych.md", "feeds/depesze-2022-2023.jsonl#dep-2022-002")) {
            String path = "/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
            assertThat(get(solrUrl, path, Map.of(), 200)).isEqualTo(get(embeddedUrl, path, Map.of(), 200));
            var params = Map.of("q", "Microsoft centrum danych Twitter");
            JsonNode mine = get(embeddedUrl, path, params, 200);
            JsonNode cloud = get(solrUrl, path, params, 200);
            assertThat(cloud.path("matched")).as("forms matched in %s", id).isNotEmpty();
            assertThat(cloud.path("matched"))
                    .as("forms matched in %s, in order", id)
                    .isEqualTo(mine.path("matched"));
        }
        get(solrUrl, "/api/documents/" + URLEncoder.encode("no/such.md", StandardCharsets.UTF_8), Map.of(), 404);
    }

    @Order(4)
    @Test
    void aCompanyPageIsTheSame() throws Exception {
        for (String name : List.of("Microsoft", "nvidia", "Twitter")) {
            String path = "/api/companies/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
            JsonNode mine = get(embeddedUrl, path, Map.of(), 200);
            JsonNode cloud = get(solrUrl, path, Map.of(), 200);
            for (String field : List.of(
                    "name", "documents", "curated", "formerNames", "timeline", "coMentioned", "largestAmounts")) {
                assertThat(cloud.path(field)).as("%s of %s", field, name).isEqualTo(mine.path(field));
            }
            assertThat(ids(wrap(cloud.path("latest"))))
                    .as("latest articles of %s", name)
                    .isEqualTo(ids(wrap(mine.path("latest"))));
        }
        get(solrUrl, "/api/companies/" + URLEncoder.encode("Nieznana Firma", StandardCharsets.UTF_8), Map.of(), 404);
        // a misspelt name is offered the same closest names
        JsonNode mine = get(embeddedUrl, "/api/companies/Mikrosoft", Map.of(), 404);
        JsonNode cloud = get(solrUrl, "/api/companies/Mikrosoft", Map.of(), 404);
        assertThat(cloud.path("suggestions").path(0).asText()).isEqualTo("Microsoft");
        assertThat(cloud.path("suggestions")).isEqualTo(mine.path("suggestions"));
    }

    private static JsonNode wrap(JsonNode hits) {
        return JSON.createObjectNode().set("hits", hits);
    }

    @Order(5)
    @Test
    void healthNamesTheCluster() throws Exception {
        JsonNode health = get(solrUrl, "/health", Map.of(), 200);
        assertThat(health.path("backend").asText()).isEqualTo("solrcloud");
        assertThat(health.path("documents").asLong())
                .isEqualTo(get(embeddedUrl, "/health", Map.of(), 200)
                        .path("documents")
                        .asLong());
        assertThat(health.path("liveNodes")).hasSize(2);
        assertThat(health.path("cluster").path("liveNodes")).isEqualTo(health.path("liveNodes"));
        assertThat(get(embeddedUrl, "/health", Map.of(), 200).path("backend").asText())
                .isEqualTo("lucene");
        assertThat(health.path("cluster").path("replicas").asInt()).isEqualTo(4);
        assertThat(health.path("cluster").path("activeReplicas").asInt()).isEqualTo(4);
        // the page itself is served the same
        var page = HTTP.send(
                HttpRequest.newBuilder(URI.create(solrUrl + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form");
    }

    /** Completions of prefixes: companies, phrases of titles and words, with or without a slip. */
    @Order(5)
    @ParameterizedTest(name = "q={0}")
    @MethodSource("prefixes")
    void suggestionsAreTheSame(String prefix) throws Exception {
        var params = Map.of("q", prefix, "size", "10");
        JsonNode mine = get(embeddedUrl, "/api/suggest", params, 200);
        assertThat(mine.path("suggestions"))
                .as("embedded suggestions of %s", prefix)
                .isNotEmpty();
        assertThat(get(solrUrl, "/api/suggest", params, 200)).as(prefix).isEqualTo(mine);
    }

    static Stream<String> prefixes() {
        return Stream.of(
                "nvid", "nvdi", "mikroso", "Microsoftem", "cd proj", "zrod", "wspolp", "centrum d", "s", "gra");
    }

    /** Related articles: the same list in the same order, the same stories labelled and folded. */
    @Order(5)
    @Test
    void relatedArticlesAreTheSame() throws Exception {
        int compared = 0;
        for (JsonNode hit : get(
                        embeddedUrl, "/api/search", Map.of("q", "Microsoft OR Nvidia OR CD Projekt", "size", "12"), 200)
                .path("hits")) {
            String path =
                    "/api/documents/" + URLEncoder.encode(hit.path("id").asText(), StandardCharsets.UTF_8) + "/related";
            JsonNode mine = get(embeddedUrl, path, Map.of("size", "6"), 200);
            JsonNode cloud = get(solrUrl, path, Map.of("size", "6"), 200);
            assertThat(mine.path("hits"))
                    .as("embedded related of %s", hit.path("id"))
                    .isNotEmpty();
            assertThat(ids(cloud)).as("related of %s", hit.path("id")).isEqualTo(ids(mine));
            for (int i = 0; i < mine.path("hits").size(); i++) {
                for (String field : List.of("sameStory", "duplicates", "companies", "date")) {
                    assertThat(cloud.path("hits").path(i).path(field))
                            .as("%s of related %d of %s", field, i, hit.path("id"))
                            .isEqualTo(mine.path("hits").path(i).path(field));
                }
                assertThat(cloud.path("hits").path(i).path("score").asDouble())
                        .isCloseTo(
                                mine.path("hits").path(i).path("score").asDouble(),
                                org.assertj.core.data.Offset.offset(1e-3));
            }
            compared++;
        }
        assertThat(compared).isEqualTo(12);
        get(
                solrUrl,
                "/api/documents/" + URLEncoder.encode("no/such.md", StandardCharsets.UTF_8) + "/related",
                Map.of(),
                404);
    }

    /** {@code lupa companies}: every company with its articles, curated or discovered with its evidence. */
    @Order(5)
    @Test
    void theCompanyListIsTheSame() {
        var mine = embedded.companies();
        assertThat(mine).hasSizeGreaterThan(50);
        assertThat(mine).anyMatch(c -> !c.curated());
        assertThat(solr.companies()).isEqualTo(mine);
    }

    @Order(6)
    @Test
    void killingANodeFailsNoSearchAndTheNodeComesBack() throws Exception {
        var expected = new LinkedHashMap<String, Long>();
        for (String q : queries().limit(12).toList()) {
            expected.put(
                    q,
                    get(embeddedUrl, "/api/search", Map.of("q", q), 200)
                            .path("total")
                            .asLong());
        }
        long victim = cloud.nodePid(1);
        try (var load = new Load(expected)) {
            Thread.sleep(1500);
            int before = load.ok.get();
            assertThat(ProcessHandle.of(victim).orElseThrow().destroyForcibly()).isTrue(); // SIGKILL
            // lupa cluster starts it again; meanwhile the other node's replicas answer
            waitUntil(
                    Duration.ofSeconds(180),
                    () -> cloud.nodePid(1) != victim
                            && get(solrUrl, "/health", Map.of(), -1)
                                            .path("cluster")
                                            .path("activeReplicas")
                                            .asInt()
                                    == 4
                            && get(solrUrl, "/health", Map.of(), -1)
                                            .path("cluster")
                                            .path("liveNodes")
                                            .size()
                                    == 2);
            Thread.sleep(1000);
            load.stop();
            System.out.printf(
                    "[failover] kill -9 of a node: %d searches before, %d in all, %d failed%n",
                    before, load.ok.get(), load.failures.size());
            assertThat(load.failures).as("failed searches").isEmpty();
            assertThat(load.ok.get() - before)
                    .as("searches while the node was down")
                    .isGreaterThan(20);
        }
        assertThat(cloud.output()).contains("node 2 died: restarted");
    }

    @Order(7)
    @Test
    void aRebuildSwitchesTheAliasWithoutAFailedSearch() throws Exception {
        var collections = new SolrCollections(client);
        String before = collections.aliasTarget("news").orElseThrow();
        Files.writeString(
                docs.resolve("2026/kwantowy-start-up.md"),
                "---\ntitle: Kwantowy start-up z Gdańska zbiera fundusze\ndate: 2026-11-30\n---\n"
                        + "Gdański start-up budujący procesory kwantowe pozyskał finansowanie od funduszy.\n",
                StandardCharsets.UTF_8);
        var expected = new LinkedHashMap<String, Long>();
        for (String q : queries().limit(12).toList()) {
            expected.put(
                    q,
                    get(solrUrl, "/api/search", Map.of("q", q), 200)
                            .path("total")
                            .asLong());
        }
        IndexSummary rebuilt;
        try (var load = new Load(expected)) {
            Thread.sleep(1000);
            rebuilt = new SolrIndexJob(
                            new SolrIndexJob.Options(List.of(docs), "news", true, 10L << 20, 2),
                            client,
                            new EntityExtractor(Gazetteer.bundled()),
                            new IndexListener() {})
                    .run();
            Thread.sleep(1000);
            load.stop();
            System.out.printf(
                    "[rebuild] %d searches during the rebuild and the switch, %d failed%n",
                    load.ok.get(), load.failures.size());
            assertThat(load.failures).as("failed searches").isEmpty();
            assertThat(load.ok.get()).isGreaterThan(20);
        }
        String after = collections.aliasTarget("news").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(rebuilt.totalDocuments()).isEqualTo(solrIndexed.totalDocuments() + 1);
        JsonNode found = get(solrUrl, "/api/search", Map.of("q", "procesory kwantowe Gdańsk"), 200);
        assertThat(ids(found)).contains("2026/kwantowy-start-up.md");
        var listed = client.get("/admin/collections", Map.of("action", "LIST", "wt", "json"));
        assertThat(set(listed.path("collections")))
                .as("the old collection is gone")
                .containsExactly(after);
    }

    @Order(8)
    @Test
    void aFailedRebuildLeavesTheAliasWhereItWas() throws Exception {
        var collections = new SolrCollections(client);
        String before = collections.aliasTarget("news").orElseThrow();
        var failing = new IndexListener() {
            private final AtomicInteger indexed = new AtomicInteger();

            @Override
            public void documentIndexed(String id) {
                if (indexed.incrementAndGet() == 20) {
                    throw new IllegalStateException("stopped half way on purpose");
                }
            }
        };
        var job = new SolrIndexJob(
                new SolrIndexJob.Options(List.of(docs), "news", true, 10L << 20, 2),
                client,
                new EntityExtractor(Gazetteer.bundled()),
                failing);
        org.assertj.core.api.Assertions.assertThatThrownBy(job::run).hasMessageContaining("on purpose");
        assertThat(collections.aliasTarget("news")).contains(before);
        var listed = client.get("/admin/collections", Map.of("action", "LIST", "wt", "json"));
        assertThat(set(listed.path("collections")))
                .as("the half-built collection is gone")
                .containsExactly(before);
        assertThat(get(solrUrl, "/api/search", Map.of("q", "procesory kwantowe Gdańsk"), 200)
                        .path("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Order(9)
    @Test
    void aRebuildKilledBeforeTheSwitchLeavesTheOldCollectionServing() throws Exception {
        var collections = new SolrCollections(client);
        String before = collections.aliasTarget("news").orElseThrow();
        long total = get(solrUrl, "/api/search", Map.of("q", "Microsoft"), 200)
                .path("total")
                .asLong();
        Path jar = Path.of(System.getProperty("lupa.jar", "target/lupa.jar"));
        Process rebuild = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "index",
                        "--solr",
                        cloud.urls().get(0),
                        "--full",
                        "--docs",
                        docs.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("rebuild.out").toFile())
                .start();
        try {
            // killed once its new collection exists, while it fills it
            waitUntil(Duration.ofSeconds(120), () -> {
                if (!rebuild.isAlive()) {
                    throw new AssertionError("the rebuild ended before it could be killed: "
                            + Files.readString(tmp.resolve("rebuild.out")));
                }
                return set(client.get("/admin/collections", Map.of("action", "LIST", "wt", "json"))
                                        .path("collections"))
                                .size()
                        > 1;
            });
        } finally {
            rebuild.destroyForcibly(); // SIGKILL: no cleanup runs
            rebuild.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(collections.aliasTarget("news")).contains(before);
        assertThat(get(solrUrl, "/api/search", Map.of("q", "Microsoft"), 200)
                        .path("total")
                        .asLong())
                .isEqualTo(total);
        // what is left of the killed run is a collection no alias points to; the next rebuild deletes it
        var leftover = new java.util.ArrayList<>(collections.list());
        leftover.remove(before);
        assertThat(leftover).hasSize(1);
        IndexSummary next = new SolrIndexJob(
                        new SolrIndexJob.Options(List.of(docs), "news", true, 10L << 20, 2),
                        client,
                        new EntityExtractor(Gazetteer.bundled()),
                        new IndexListener() {})
                .run();
        assertThat(next.warnings()).anyMatch(w -> w.contains("deleted " + leftover.get(0)));
        assertThat(collections.list())
                .containsExactly(collections.aliasTarget("news").orElseThrow());
    }

    @Order(10)
    @Test
    void anIncrementalRunReplacesChangedDeletesRemovedAndSkipsTheRest() throws Exception {
        Path changed = docs.resolve("2020/nvidia-kupuje-arm.md");
        Files.writeString(
                changed,
                Files.readString(changed, StandardCharsets.UTF_8)
                        + "\nDopisek: transakcja budzi sprzeciw regulatorów.\n",
                StandardCharsets.UTF_8);
        Files.delete(docs.resolve("2021/microsoft-kupuje-nuance.md"));
        Files.writeString(
                docs.resolve("2026/nowy-artykul.txt"),
                "Zupełnie nowy artykuł o hiperprzestrzennych magazynach energii.\n",
                StandardCharsets.UTF_8);
        IndexSummary summary = new SolrIndexJob(
                        new SolrIndexJob.Options(List.of(docs), "news", false, 10L << 20, 2),
                        client,
                        new EntityExtractor(Gazetteer.bundled()),
                        new IndexListener() {})
                .run();
        assertThat(summary.added()).isEqualTo(1);
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.deleted()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(summary.totalDocuments() - 2);
        assertThat(ids(get(solrUrl, "/api/search", Map.of("q", "dopisek sprzeciw regulatorów"), 200)))
                .contains("2020/nvidia-kupuje-arm.md");
        assertThat(get(
                                solrUrl,
                                "/api/documents/"
                                        + URLEncoder.encode("2021/microsoft-kupuje-nuance.md", StandardCharsets.UTF_8),
                                Map.of(),
                                404)
                        .path("error")
                        .asText())
                .isNotEmpty();
        JsonNode added = get(solrUrl, "/api/search", Map.of("q", "hiperprzestrzennych"), 200);
        assertThat(added.path("total").asLong()).isEqualTo(1);
        assertThat(ids(added).get(0)).isEqualTo("2026/nowy-artykul.txt");
    }

    // ------------------------------------------------------------------ helpers

    /** Four clients searching the Solr-backed server until stopped, each answer checked. */
    private static final class Load implements AutoCloseable {
        final AtomicInteger ok = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final ExecutorService clients = Executors.newFixedThreadPool(4);
        private final List<Future<?>> running = new ArrayList<>();

        Load(Map<String, Long> expected) {
            List<String> queries = List.copyOf(expected.keySet());
            for (int t = 0; t < 4; t++) {
                int offset = t;
                running.add(clients.submit(() -> {
                    for (int i = offset; !stop.get(); i++) {
                        String q = queries.get(i % queries.size());
                        try {
                            JsonNode r = get(solrUrl, "/api/search", Map.of("q", q), -1);
                            long total = r.path("total").asLong(-1);
                            if (r.has("error")) {
                                failures.add(q + ": " + r.path("error").asText());
                            } else if (total != expected.get(q)) {
                                failures.add(q + ": " + total + " instead of " + expected.get(q));
                            } else {
                                ok.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.add(q + ": " + e);
                        }
                    }
                }));
            }
        }

        void stop() throws Exception {
            stop.set(true);
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        }

        @Override
        public void close() {
            stop.set(true);
            clients.shutdownNow();
        }
    }

    /** The same matches: total, relaxed, partial total and every facet count. */
    private static void assertSameMatches(String what, JsonNode mine, JsonNode cloud) {
        assertThat(cloud.path("total").asLong())
                .as("total of %s", what)
                .isEqualTo(mine.path("total").asLong());
        assertThat(cloud.path("relaxed").asBoolean())
                .as("relaxed of %s", what)
                .isEqualTo(mine.path("relaxed").asBoolean());
        assertThat(cloud.path("partialTotal")).as("partialTotal of %s", what).isEqualTo(mine.path("partialTotal"));
        assertThat(counts(cloud.path("facets"))).as("facets of %s", what).isEqualTo(counts(mine.path("facets")));
        assertThat(cloud.path("hits").size())
                .as("hits of %s", what)
                .isEqualTo(mine.path("hits").size());
        assertThat(cloud.path("namedCompanies"))
                .as("namedCompanies of %s", what)
                .isEqualTo(mine.path("namedCompanies"));
        for (String help : List.of("didYouMean", "corrected", "correctedWords")) {
            assertThat(cloud.path(help)).as("%s of %s", help, what).isEqualTo(mine.path(help));
        }
        // an article listed by both says the same of itself: the words it lacks, the stories folded into it
        var theirs = new LinkedHashMap<String, JsonNode>();
        cloud.path("hits").forEach(h -> theirs.put(h.path("id").asText(), h));
        for (JsonNode hit : mine.path("hits")) {
            JsonNode other = theirs.get(hit.path("id").asText());
            if (other != null) {
                assertThat(other.path("missing"))
                        .as("missing in %s of %s", hit.path("id"), what)
                        .isEqualTo(hit.path("missing"));
                assertThat(other.path("duplicates"))
                        .as("duplicates of %s in %s", hit.path("id"), what)
                        .isEqualTo(hit.path("duplicates"));
                assertThat(other.path("companies")).isEqualTo(hit.path("companies"));
                assertThat(other.path("amountsUsd")).isEqualTo(hit.path("amountsUsd"));
                assertThat(other.path("date")).isEqualTo(hit.path("date"));
                // the same passages, formatted by the same code
                assertThat(other.path("titleHighlighted"))
                        .as("title of %s in %s", hit.path("id"), what)
                        .isEqualTo(hit.path("titleHighlighted"));
                assertThat(other.path("snippets"))
                        .as("snippets of %s in %s", hit.path("id"), what)
                        .isEqualTo(hit.path("snippets"));
            }
        }
    }

    private static Map<String, Map<String, Long>> counts(JsonNode facets) {
        var out = new TreeMap<String, Map<String, Long>>();
        facets.fields().forEachRemaining(dim -> {
            var values = new TreeMap<String, Long>();
            dim.getValue()
                    .forEach(v -> values.put(
                            v.path("value").asText() + (v.path("selected").asBoolean() ? " (selected)" : ""),
                            v.path("count").asLong()));
            out.put(dim.getKey(), values);
        });
        return out;
    }

    /** Titles and snippets are escaped text whose only markup is {@code <mark>}. */
    private static void assertMarkOnly(JsonNode result) {
        for (JsonNode hit : result.path("hits")) {
            var texts = new ArrayList<String>();
            texts.add(hit.path("titleHighlighted").asText());
            hit.path("snippets").forEach(s -> texts.add(s.asText()));
            for (String text : texts) {
                String bare = text.replace("<mark>", "").replace("</mark>", "");
                assertThat(bare).as("markup in %s", text).doesNotContain("<", ">");
                assertThat(ENTITY.matcher(bare).replaceAll(""))
                        .as("escaping in %s", text)
                        .doesNotContain("&");
                assertThat(text).as("passage of %s", hit.path("id").asText()).doesNotContain("\n");
            }
        }
    }

    private static List<String> ids(JsonNode result) {
        var out = new ArrayList<String>();
        result.path("hits").forEach(h -> out.add(h.path("id").asText()));
        return out;
    }

    private static int overlap(List<String> a, List<String> b) {
        var common = new HashSet<>(a);
        common.retainAll(new HashSet<>(b));
        return common.size();
    }

    private static java.util.Set<String> set(JsonNode array) {
        var out = new java.util.TreeSet<String>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Map<String, String> parse(String query) {
        var out = new LinkedHashMap<String, String>();
        // repeated names (company=A&company=B) are kept in the query string itself
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.merge(pair.substring(0, eq), pair.substring(eq + 1), (a, b) -> a + "\u0000" + b);
        }
        return out;
    }

    /** GET with the parameters (a value holding NUL is a repeated parameter); {@code status} -1 takes any. */
    static JsonNode get(String base, String path, Map<String, String> params, int status)
            throws IOException, InterruptedException {
        var query = new StringBuilder();
        params.forEach((k, v) -> {
            for (String value : v.split("\u0000")) {
                query.append(query.length() == 0 ? "?" : "&")
                        .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path + query))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (status != -1) {
            assertThat(response.statusCode())
                    .as("%s%s%s: %s", base, path, query, response.body())
                    .isEqualTo(status);
        } else if (response.statusCode() != 200) {
            return JSON.createObjectNode().put("error", "HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Duration timeout, Condition condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + "; cluster output:\n" + cloud.output());
            }
            Thread.sleep(500);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
