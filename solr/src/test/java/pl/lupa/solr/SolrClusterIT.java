package pl.lupa.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.index.ArticleSchema;
import pl.lupa.index.IndexedArticle;
import pl.lupa.index.SolrDocuments;
import pl.lupa.search.LupaQueries;
import pl.lupa.solr.cluster.ClusterConfig;
import pl.lupa.solr.cluster.ClusterInfo;
import pl.lupa.solr.cluster.LocalCluster;

/**
 * A real cluster, started by the code of {@code ./lupa cluster} from the packaged jars: ZooKeeper
 * and two Solr nodes in processes of their own, a collection of 2 shards × 2 replicas. Lupa's
 * articles go in over plain HTTP, {@code {!lupa}} queries find the same articles with the same
 * scores as the embedded index, and a node killed with SIGKILL fails no query on the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrClusterIT {

    private static final Path JAR = Path.of(System.getProperty("lupa.solr.jar", "solr/target/lupa-solr.jar"));
    private static final Path PLUGIN =
            Path.of(System.getProperty("lupa.solr.plugin", "solr/target/lupa-solr-plugin.jar"));

    /** Queries whose Solr results are compared with the embedded index's, hit by hit. */
    private static final List<String> QUERIES = List.of(
            "microsoft",
            "samsung",
            "chmura",
            "apple",
            "Microsoftem",
            "krakow",
            "centra danych",
            "\"centra danych\"",
            "\"centrum danych\" -chmura",
            "nvidii inżynierowie",
            "platnosc zblizeniowa",
            "bledy",
            "laska",
            "łaska",
            "google OR samsung",
            "google -samsung",
            "Google'a",
            "IBM-u chmura",
            "miliard dolarów",
            "w Warszawie centrum danych");

    /** A second collection of one shard, for the comparison of scores. */
    private static final String ONE_SHARD = "news_one_shard";

    @TempDir
    static Path temp;

    private static final SolrHttp HTTP = new SolrHttp();
    private static LocalCluster cluster;
    private static ClusterInfo info;
    private static QueryExpander expander;
    private static ByteBuffersDirectory embeddedDir;
    private static DirectoryReader embeddedReader;
    private static IndexSearcher embedded;

    @BeforeAll
    static void startClusterAndIndex() throws Exception {
        assertThat(JAR).as("mvn package builds it before the integration tests").isRegularFile();
        assertThat(PLUGIN)
                .as("mvn package builds it before the integration tests")
                .isRegularFile();
        var config = ClusterConfig.of(temp.resolve("cluster"), 2, 2, 2, 0, PLUGIN)
                // the nodes run from the cluster jar, which has no Lupa class: only the plugin brings them
                .withClasspath(JAR.toString())
                .withStopGrace(Duration.ofSeconds(30));
        cluster = LocalCluster.start(config, line -> System.out.println("[cluster] " + line));
        info = cluster.info();
        System.out.println("[cluster] " + cluster.timings());

        var docs = Articles.ALL.stream().map(SolrDocuments::of).toList();
        HTTP.postJson(info.solr().get(0) + "/news/update?commit=true", docs);
        // the same configset in one shard: one index's statistics, as the embedded index has
        HTTP.get(
                info.solr().get(1) + "/admin/collections",
                Map.of(
                        "action", "CREATE",
                        "name", ONE_SHARD,
                        "numShards", "1",
                        "replicationFactor", "2",
                        "collection.configName", ClusterConfig.CONFIGSET,
                        "waitForFinalState", "true"));
        HTTP.postJson(info.solr().get(1) + "/" + ONE_SHARD + "/update?commit=true", docs);

        expander = new QueryExpander();
        embeddedDir = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(embeddedDir, new IndexWriterConfig(ArticleSchema.indexAnalyzer()))) {
            var facets = ArticleSchema.facetsConfig();
            for (IndexedArticle a : Articles.ALL) {
                writer.addDocument(ArticleSchema.document(a, facets));
            }
        }
        embeddedReader = DirectoryReader.open(embeddedDir);
        embedded = new IndexSearcher(embeddedReader);
    }

    @AfterAll
    static void stop() throws Exception {
        if (expander != null) {
            expander.close();
        }
        if (embeddedReader != null) {
            embeddedReader.close();
        }
        if (cluster == null) {
            return;
        }
        long t0 = System.nanoTime();
        cluster.close();
        System.out.printf("[cluster] stopped in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        var pids = new ArrayList<>(info.pids().nodes());
        pids.add(info.pids().zk());
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("process " + pid + " after close")
                    .isFalse();
        }
        assertThat(temp.resolve("cluster").resolve(ClusterInfo.FILE)).doesNotExist();
    }

    @Test
    @Order(1)
    void clusterJsonDescribesTwoNodesAndAShardedReplicatedCollection() throws Exception {
        ClusterInfo written = ClusterInfo.read(temp.resolve("cluster"));
        assertThat(written).isEqualTo(info);
        assertThat(written.solr()).hasSize(2).allMatch(u -> u.matches("http://127\\.0\\.0\\.1:\\d+/solr"));
        assertThat(written.zk()).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(written.collection()).isEqualTo("news");
        assertThat(written.pids().nodes())
                .hasSize(2)
                .doesNotContain(written.pids().zk());

        JsonNode status = clusterStatus(info.solr().get(0));
        assertThat(status.path("aliases").path("news").asText()).isEqualTo(cluster.collectionName());
        assertThat(status.path("live_nodes")).hasSize(2);
        JsonNode shards =
                status.path("collections").path(cluster.collectionName()).path("shards");
        assertThat(shards).hasSize(2);
        for (JsonNode shard : shards) {
            var nodes = new HashSet<String>();
            shard.path("replicas").forEach(r -> {
                assertThat(r.path("state").asText()).isEqualTo("active");
                nodes.add(r.path("node_name").asText());
            });
            // each shard on both nodes: one node may die and every shard still answers
            assertThat(nodes).hasSize(2);
        }
    }

    @Test
    @Order(2)
    void lupasAnalysisRunsInTheNodeFromThePluginJar() throws Exception {
        JsonNode analysis = HTTP.get(
                info.solr().get(1) + "/" + cluster.collectionName() + "/analysis/field",
                Map.of("analysis.fieldtype", "lupa_lemmas", "analysis.fieldvalue", "Microsoftem w Krakowie"));
        JsonNode index = analysis.path("analysis")
                .path("field_types")
                .path("lupa_lemmas")
                .path("index");
        // [tokenizer, its tokens, filter, its tokens]
        assertThat(index.get(2).asText()).isEqualTo("pl.lupa.analysis.PolishLemmaFilter");
        var terms = new ArrayList<String>();
        index.get(3).forEach(t -> terms.add(t.path("text").asText()));
        assertThat(terms).containsExactlyInAnyOrder("microsoft", "krak", "kraków");

        JsonNode debug = select(info.solr().get(1), "Microsoftem", Map.of("debugQuery", "true"));
        assertThat(debug.path("debug").path("QParser").asText()).isEqualTo("LupaQParser");
        assertThat(debug.path("debug").path("parsedquery").asText())
                .contains("SynonymQuery(Synonym(title:microsoft title:microsoftem))^3.0")
                .contains("title_exact:microsoftem^1.5");
    }

    @Test
    @Order(3)
    void lupaQueriesFindPolishFormsAsTheEmbeddedSearchDoes() throws Exception {
        assertThat(ids(select(info.solr().get(0), "microsoftem", Map.of())))
                .containsExactlyInAnyOrder("2024/microsoft-krakow.md", "2024/google-warszawa.md", "2020/ibm.md");
        assertThat(ids(select(info.solr().get(1), "krakow", Map.of())))
                .containsExactlyInAnyOrder("2024/microsoft-krakow.md", "2020/chmura.md");
        assertThat(ids(select(info.solr().get(0), "platnosc zblizeniowa", Map.of())))
                .containsExactly("2022/platnosci.md");
        assertThat(ids(select(info.solr().get(0), "\"centra danych\" -chmura", Map.of())))
                .containsExactlyInAnyOrder("2024/microsoft-krakow.md", "2023/centra-danych.md");
        int sameScores = 0;
        for (String q : QUERIES) {
            var plan = LupaQueries.plan(expander, q, embedded);
            Map<String, Float> expected = embeddedScores(plan.strict());
            assertThat(expected)
                    .as("the embedded index finds something for " + q)
                    .isNotEmpty();
            for (String node : info.solr()) {
                // two shards: the same articles; on one shard the same scores too
                assertThat(scores(select(node, "news", q, Map.of("rows", "100")))
                                .keySet())
                        .as(q)
                        .containsExactlyInAnyOrderElementsOf(expected.keySet());
                assertScores(q, select(node, ONE_SHARD, q, Map.of("rows", "100")), expected);
            }
            if (oneLemmaPerWord(plan.strict())) {
                // Exact statistics make two shards score as one index: BM25's document frequencies and
                // lengths are the collection's. (A word with several lemmas differs when one of its
                // lemmas occurs on one shard only: SynonymQuery skips a term absent from the shard.)
                assertScores(
                        q + " on two shards", select(info.solr().get(0), "news", q, Map.of("rows", "100")), expected);
                sameScores++;
            }
        }
        assertThat(sameScores).as("queries whose words have one lemma each").isGreaterThanOrEqualTo(3);
    }

    @Test
    @Order(4)
    void theProximityRerankAddsWhatTheEmbeddedRescorerAdds() throws Exception {
        int compared = 0;
        for (String q : QUERIES) {
            var plan = LupaQueries.plan(expander, q, embedded);
            if (plan.proximity().isEmpty()) {
                continue;
            }
            Map<String, Float> expected = embeddedScores(plan.strict());
            Map<String, Float> proximity = embeddedScores(plan.proximity().get());
            expected.replaceAll((id, score) -> score + proximity.getOrDefault(id, 0f));
            JsonNode reranked = select(
                    info.solr().get(0),
                    ONE_SHARD,
                    q,
                    Map.of(
                            "rows", "100",
                            "rq",
                                    "{!rerank reRankQuery=$pq reRankDocs=" + LupaQueries.RESCORE_DEPTH
                                            + " reRankWeight=1}",
                            "pq", "{!lupa part=proximity v=$text}"));
            assertScores(q + " (reranked)", reranked, expected);
            compared++;
        }
        assertThat(compared).isGreaterThan(3);
    }

    @Test
    @Order(4)
    void thePartialPartFindsWhatTheEmbeddedSoftAndFinds() throws Exception {
        int compared = 0;
        for (String q : List.of("microsoft zeppelin", "samsung apple zeppelin", "centra danych w Gdyni")) {
            var plan = LupaQueries.plan(expander, q, embedded);
            assertThat(embeddedScores(plan.strict()))
                    .as(q + " has no full match")
                    .isEmpty();
            Map<String, Float> expected = embeddedScores(plan.partial().orElseThrow());
            assertThat(expected).as(q).isNotEmpty();
            JsonNode partial = HTTP.get(
                    info.solr().get(1) + "/" + ONE_SHARD + "/select",
                    Map.of("q", "{!lupa part=partial v=$text}", "text", q, "fl", "id,score", "rows", "100"));
            assertScores(q + " (partial)", partial, expected);
            compared++;
        }
        assertThat(compared).isEqualTo(3);
    }

    @Test
    @Order(5)
    void facetsCountEachDimensionsField() throws Exception {
        JsonNode r = HTTP.get(
                info.solr().get(1) + "/news/select",
                Map.of(
                        "q", "*:*",
                        "rows", "0",
                        "facet", "true",
                        "facet.field", "company",
                        "fq", "usd_bucket:1B-10B"));
        assertThat(r.path("response").path("numFound").asInt()).isEqualTo(2);
        JsonNode companies = r.path("facet_counts").path("facet_fields").path("company");
        assertThat(companies.get(0).asText()).isEqualTo("Microsoft");
        assertThat(companies.get(1).asInt()).isEqualTo(1);
    }

    @Test
    @Order(6)
    void snippetsMarkTheFormsAQueryMatched() throws Exception {
        JsonNode r = select(info.solr().get(0), "krakow zrodla", Map.of("hl", "true", "hl.fl", "title,body"));
        JsonNode hl = r.path("highlighting").path("2024/microsoft-krakow.md");
        assertThat(hl.path("title").get(0).asText()).isEqualTo("Microsoft inwestuje w <mark>Krakowie</mark>");
        assertThat(hl.path("body").get(0).asText())
                .contains("<mark>Krakowie</mark>")
                .contains("<mark>Źródła</mark>");
    }

    @Test
    @Order(7)
    void userTextCannotSwitchTheParser() throws Exception {
        // the text is a parameter of its own, never parsed for local params: words, as Lupa reads them
        assertThat(ids(select(info.solr().get(0), "{!lucene}*:*", Map.of()))).isEmpty();
        assertThat(ids(select(info.solr().get(0), "{!lucene}microsoft", Map.of())))
                .containsExactlyInAnyOrderElementsOf(
                        embeddedScores(LupaQueries.plan(expander, "lucene microsoft", embedded)
                                        .strict())
                                .keySet());
    }

    @Test
    @Order(100)
    void killingANodeWithSigkillFailsNoQueryOnTheOther() throws Exception {
        String survivor = info.solr().get(0);
        long victim = info.pids().nodes().get(1);
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String q : QUERIES) {
            expected.put(
                    q,
                    embeddedScores(LupaQueries.plan(expander, q, embedded).strict())
                            .size());
        }
        List<String> queries = List.copyOf(expected.keySet());
        var stop = new AtomicBoolean();
        var ok = new AtomicInteger();
        var failures = new ConcurrentLinkedQueue<String>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            var running = new ArrayList<Future<?>>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                running.add(clients.submit(() -> {
                    // bounded in time by the test and in count here
                    for (int i = offset; i < 50_000 && !stop.get(); i++) {
                        String q = queries.get(i % queries.size());
                        try {
                            int found = select(survivor, q, Map.of("fl", "id"))
                                    .path("response")
                                    .path("numFound")
                                    .asInt();
                            if (found == expected.get(q)) {
                                ok.incrementAndGet();
                            } else {
                                failures.add(q + ": " + found + " hits instead of " + expected.get(q));
                            }
                        } catch (IOException e) {
                            failures.add(q + ": " + e.getMessage());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            Thread.sleep(2000);
            int before = ok.get();
            long killed = System.nanoTime();
            assertThat(ProcessHandle.of(victim).orElseThrow().destroyForcibly()).isTrue(); // SIGKILL
            // the node leaves live_nodes when its ZooKeeper session expires (zkClientTimeout)
            waitUntil(
                    Duration.ofSeconds(60),
                    () -> clusterStatus(survivor).path("live_nodes").size() == 1);
            double gone = (System.nanoTime() - killed) / 1e9;
            waitUntil(Duration.ofSeconds(60), () -> everyShardLedFromLiveNode(survivor));
            double led = (System.nanoTime() - killed) / 1e9;
            Thread.sleep(1000);
            stop.set(true);
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
            System.out.printf(
                    "[cluster] kill -9: %d queries before, %d in all, %d failed; the node left live_nodes after %.1f s, "
                            + "every shard had a live leader after %.1f s%n",
                    before, ok.get(), failures.size(), gone, led);
            assertThat(failures).as("failed queries").isEmpty();
            assertThat(ok.get() - before)
                    .as("queries while and after the node died")
                    .isGreaterThan(100);
        } finally {
            stop.set(true);
            clients.shutdownNow();
        }

        // with new leaders the survivor takes updates again
        var late = SolrDocuments.of(new IndexedArticle(
                "2025/po-awarii.md",
                "2025/po-awarii.md",
                "h",
                "c",
                "Po awarii węzła",
                null,
                null,
                null,
                null,
                "Klaster przetrwał awarię węzła.",
                List.of(),
                Map.of(),
                Map.of(),
                List.of(),
                "{}"));
        HTTP.postJson(survivor + "/news/update?commit=true", List.of(late));
        assertThat(ids(select(survivor, "awarii węzłów", Map.of()))).containsExactly("2025/po-awarii.md");
    }

    private static JsonNode select(String node, String text, Map<String, String> extra)
            throws IOException, InterruptedException {
        return select(node, "news", text, extra);
    }

    /** What Lupa's server will send: the user's text in a parameter of its own, {@code {!lupa}} reading it. */
    private static JsonNode select(String node, String collection, String text, Map<String, String> extra)
            throws IOException, InterruptedException {
        var params = new HashMap<String, String>(extra);
        params.put("q", "{!lupa v=$text}");
        params.put("text", text);
        params.putIfAbsent("fl", "id,score");
        return HTTP.get(node + "/" + collection + "/select", params);
    }

    private static Map<String, Float> scores(JsonNode response) {
        var scores = new LinkedHashMap<String, Float>();
        response.path("response")
                .path("docs")
                .forEach(d -> scores.put(
                        d.path("id").asText(), (float) d.path("score").asDouble()));
        return scores;
    }

    /** Every SynonymQuery of the query holds one term. */
    private static boolean oneLemmaPerWord(Query query) {
        var several = new AtomicBoolean();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                several.compareAndSet(false, terms.length > 1);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return !several.get();
    }

    private static List<String> ids(JsonNode response) {
        var ids = new ArrayList<String>();
        response.path("response").path("docs").forEach(d -> ids.add(d.path("id").asText()));
        return ids;
    }

    private static Map<String, Float> embeddedScores(Query query) throws IOException {
        var scores = new LinkedHashMap<String, Float>();
        for (ScoreDoc hit : embedded.search(query, 100).scoreDocs) {
            scores.put(embedded.storedFields().document(hit.doc).get(ArticleSchema.ID), hit.score);
        }
        return scores;
    }

    /** The same articles with the same scores, so the same order up to ties. */
    private static void assertScores(String q, JsonNode response, Map<String, Float> expected) {
        var actual = scores(response);
        assertThat(actual.keySet()).as(q).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (var e : expected.entrySet()) {
            assertThat(actual.get(e.getKey()))
                    .as(q + " score of " + e.getKey())
                    .isCloseTo(e.getValue(), within(e.getValue() * 1e-5f));
        }
    }

    private static JsonNode clusterStatus(String node) throws IOException, InterruptedException {
        return HTTP.get(node + "/admin/collections", Map.of("action", "CLUSTERSTATUS"))
                .path("cluster");
    }

    private static boolean everyShardLedFromLiveNode(String node) throws IOException, InterruptedException {
        JsonNode status = clusterStatus(node);
        Set<String> live = new HashSet<>();
        status.path("live_nodes").forEach(n -> live.add(n.asText()));
        for (JsonNode shard :
                status.path("collections").path(cluster.collectionName()).path("shards")) {
            boolean led = false;
            for (JsonNode r : shard.path("replicas")) {
                led |= r.path("leader").asBoolean()
                        && r.path("state").asText().equals("active")
                        && live.contains(r.path("node_name").asText());
            }
            if (!led) {
                return false;
            }
        }
        return true;
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Duration timeout, Condition condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("condition within " + timeout).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
