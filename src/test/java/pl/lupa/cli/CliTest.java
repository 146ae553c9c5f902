package pl.lupa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.index.Fixtures;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.RequestParser;
import pl.lupa.search.SearchParam;
import pl.lupa.search.SearchResult;

/** The CLI as users call it: arguments in, exit code and printed text out. */
class CliTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void indexThenSearch() throws Exception {
        Path docs = Fixtures.mixedFolder(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        Run indexed = run("index", "--docs", docs.toString(), "--index", index.toString());
        assertThat(indexed.exit()).as(indexed.err()).isZero();
        assertThat(indexed.out()).contains("added 5", "skipped 3", "skipped (binary file): 1");

        Run again = run("index", "--docs", docs.toString(), "--index", index.toString());
        assertThat(again.out()).contains("unchanged 5");

        Run json = run("search", "zamki", "--index", index.toString(), "--json");
        assertThat(json.exit()).isZero();
        var tree = new ObjectMapper().readTree(json.out());
        assertThat(tree.get("total").asInt()).isEqualTo(1);
        assertThat(tree.get("hits").get(0).get("id").asText()).isEqualTo("2023/zamki.txt");
        assertThat(tree.get("hits").get(0).has("date")).isTrue();
        assertThat(tree.has("facets")).isTrue();

        Run text = run("search", "serwerów", "--index", index.toString());
        assertThat(text.out()).contains("1 results", "**Serwery** w Krakowie", "feeds/depesze.jsonl#c");

        Run bad = run("search", "x", "--index", index.toString(), "--size", "0");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("size must be between 1 and 100");

        // a company filter is matched regardless of case; an unknown one is an error naming the closest
        Run lower = run("search", "--index", index.toString(), "--company", "nvidia", "--json");
        assertThat(lower.exit()).as(lower.err()).isZero();
        assertThat(new ObjectMapper().readTree(lower.out()).get("total").asInt())
                .isEqualTo(1);
        Run unknown = run("search", "--index", index.toString(), "--company", "Nvidiia");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown company 'Nvidiia'; closest: Nvidia");

        // a misspelt company is searched as the company, and the text output says so
        Run typo = run("search", "Nvida", "--index", index.toString());
        assertThat(typo.exit()).as(typo.err()).isZero();
        assertThat(typo.out())
                .contains("1 results", "also searched as: Nvida → Nvidia", "did you mean: Nvidia (1 results)");
    }

    @Test
    void searchHasAnOptionForEveryParameterAndAnswersAsTheApiDoes() throws Exception {
        var spec = SearchCommand.commandLine().getCommandSpec();
        for (SearchParam param : SearchParam.values()) {
            if (param != SearchParam.QUERY) {
                assertThat(spec.findOption(param.cliOption()))
                        .as(param.cliOption())
                        .isNotNull();
            }
        }
        Path docs = Fixtures.mixedFolder(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        assertThat(run("index", "--docs", docs.toString(), "--index", index.toString())
                        .exit())
                .isZero();

        Run cli = run(
                "search",
                "--index",
                index.toString(),
                "--json",
                "--facet-size",
                "1",
                "--snippets",
                "false",
                "--sort",
                "date",
                "--from",
                "2021",
                "--size",
                "2");
        assertThat(cli.exit()).as(cli.err()).isZero();
        SearchResult api;
        try (var searcher = new LupaSearcher(index, Duration.ofHours(1), Duration.ofSeconds(10))) {
            api = searcher.search(RequestParser.parse(Map.of(
                    "facetSize",
                    List.of("1"),
                    "snippets",
                    List.of("false"),
                    "sort",
                    List.of("date"),
                    "from",
                    List.of("2021"),
                    "size",
                    List.of("2"))));
        }
        var mapper = new ObjectMapper();
        var printed = (ObjectNode) mapper.readTree(cli.out());
        var expected = (ObjectNode) mapper.readTree(mapper.writeValueAsString(api));
        printed.remove("tookMs");
        expected.remove("tookMs");
        assertThat(printed).isEqualTo(expected);
        assertThat(printed.get("facets").get("company").size()).isEqualTo(1);
        assertThat(printed.get("hits").get(0).get("snippets").size()).isZero();

        Run badFlag = run("search", "--index", index.toString(), "--facets", "maybe");
        assertThat(badFlag.exit()).isEqualTo(2);
        assertThat(badFlag.err()).contains("facets must be true or false");
    }

    @Test
    void evalComparesRankingsOnJudgedQueries() throws Exception {
        Path queries = Files.writeString(tmp.resolve("queries.tsv"), "q1\tnvidia biuro\nq2\tserwerownia\n");
        Path qrels =
                Files.writeString(tmp.resolve("qrels.txt"), "q1 0 2024/nvidia.md 2\nq1 0 2023/zamki.txt 0\nq2 0 c 2\n");
        Path docs = Fixtures.mixedFolder(tmp.resolve("docs"));
        Run run = run(
                "eval",
                "--queries",
                queries.toString(),
                "--qrels",
                qrels.toString(),
                "--docs",
                docs.toString(),
                "--ranking",
                "lupa",
                "--ranking",
                "lupa-strict",
                "--ranking",
                "stempel-or",
                "--per-query");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("| lupa | 1.000 |", "| lupa-strict |", "| stempel-or |", "2 queries", "q2 serwerownia");

        Run unknown = run(
                "eval",
                "--queries",
                queries.toString(),
                "--qrels",
                qrels.toString(),
                "--docs",
                docs.toString(),
                "--ranking",
                "lupa:titleBoost=2,nonsense=1");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no ranking constant 'nonsense'");
    }

    @Test
    void indexFailuresAreExplainedAndNonZero() throws Exception {
        Run missing = run(
                "index",
                "--docs",
                tmp.resolve("nope").toString(),
                "--index",
                tmp.resolve("index").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("docs folder not found", "nothing was committed");

        Path docs = Fixtures.mixedFolder(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        assertThat(run("index", "--docs", docs.toString(), "--index", index.toString())
                        .exit())
                .isZero();
        try (var dir = FSDirectory.open(index);
                var w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            Run locked = run("index", "--docs", docs.toString(), "--index", index.toString());
            assertThat(w.isOpen()).isTrue();
            assertThat(locked.exit()).isEqualTo(3);
            assertThat(locked.err()).contains("another index job is running on");
        }
    }

    @Test
    void analyzePrintsTermsPerLine() {
        Run r = run("analyze", "Microsoftem\nzamki");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).containsExactly("microsoft", "zamek");
        Run q = run("analyze", "--query", "laska");
        assertThat(q.out().strip()).isEqualTo("laska|laski|~łaska|~łaski|~lask");
    }

    @Test
    void extractPrintsTheDesignShape() throws Exception {
        Path file = Fixtures.write(
                tmp,
                "a.md",
                Fixtures.markdown(
                        "Tytuł",
                        "2024-10-15",
                        "Microsoft zainwestuje 6,6 miliarda dolarów, a OpenAI 3,5 mln zł w marcu tego roku."));
        Run r = run("extract", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        var tree = new ObjectMapper().readTree(r.out());
        assertThat(tree.fieldNames())
                .toIterable()
                .containsExactly("title", "date", "author", "body", "companies", "amounts", "dates");
        assertThat(tree.get("date").asText()).isEqualTo("2024-10-15");
        assertThat(tree.get("author").asText()).isEqualTo("Anna Nowak");
        assertThat(tree.get("companies").toString()).isEqualTo("[\"Microsoft\",\"OpenAI\"]");
        assertThat(tree.get("amounts").toString())
                .isEqualTo(
                        "[{\"text\":\"6,6 miliarda dolarów\",\"value\":6600000000,\"currency\":\"USD\",\"usd\":6600000000},"
                                + "{\"text\":\"3,5 mln zł\",\"value\":3500000,\"currency\":\"PLN\",\"usd\":null}]");
        assertThat(tree.get("dates").toString()).isEqualTo("[{\"text\":\"w marcu tego roku\",\"value\":\"2024-03\"}]");

        // decimals as written, whole amounts without a fraction, a unit for a price per unit, no
        // dollar value for another country's dollar
        Path prices = Fixtures.write(
                tmp,
                "ceny.md",
                Fixtures.markdown(
                        "Ceny",
                        "2024-10-15",
                        "Musk zapłaci 54,20 dolara za akcję, czyli 2 mld dolarów. Bilet kosztuje 62,40 zł, "
                                + "a fundusz ma 5 mld dolarów kanadyjskich."));
        Run priced = run("extract", prices.toString());
        assertThat(priced.exit()).as(priced.err()).isZero();
        assertThat(priced.out())
                .contains(
                        "\"amounts\":["
                                + "{\"text\":\"54,20 dolara\",\"value\":54.20,\"currency\":\"USD\",\"usd\":54.20,\"per\":\"akcja\"},"
                                + "{\"text\":\"2 mld dolarów\",\"value\":2000000000,\"currency\":\"USD\",\"usd\":2000000000},"
                                + "{\"text\":\"62,40 zł\",\"value\":62.40,\"currency\":\"PLN\",\"usd\":null},"
                                + "{\"text\":\"5 mld dolarów kanadyjskich\",\"value\":5000000000,\"currency\":\"CAD\",\"usd\":null}]");

        // the example: a fund no list knows and a listed company by the short name journalists use
        Path mgx = Fixtures.write(
                tmp,
                "mgx.md",
                Fixtures.markdown(
                        "Nowy zespół i nowy fundusz",
                        "2024-03-20",
                        "Microsoft zatrudnił większość zespołu Inflection, a OpenAI rozmawia z funduszem"
                                + " inwestycyjnym MGX z Abu Zabi."));
        var found = new ObjectMapper().readTree(run("extract", mgx.toString()).out());
        assertThat(found.get("companies").toString()).isEqualTo("[\"Microsoft\",\"Inflection AI\",\"OpenAI\",\"MGX\"]");
        assertThat(found.get("discovered").toString())
                .isEqualTo("[{\"name\":\"MGX\",\"evidence\":\"company noun: funduszem\"}]");

        Path companies = Fixtures.write(tmp, "firmy.tsv", "Zielona Chmura\t\t\tZielonej Chmury\t\n");
        Path other = Fixtures.write(
                tmp, "b.md", Fixtures.markdown("T", "2024-01-01", "Zielona Chmura kupiła udziały Zielonej Chmury."));
        Run withCompanies = run("extract", "--companies", companies.toString(), other.toString());
        assertThat(withCompanies.exit()).as(withCompanies.err()).isZero();
        assertThat(new ObjectMapper()
                        .readTree(withCompanies.out())
                        .get("companies")
                        .toString())
                .isEqualTo("[\"Zielona Chmura\"]");

        Run missing = run("extract", tmp.resolve("nie-ma.md").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nie-ma.md: no such file or directory");
        Run folder = run("extract", tmp.toString());
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.err()).contains("is a folder");
        Run binary = run(
                "extract",
                Files.write(tmp.resolve("b.txt"), new byte[] {0, 1, 2}).toString());
        assertThat(binary.exit()).isEqualTo(1);
        assertThat(binary.err()).contains("binary file");
    }

    @Test
    void companiesListsCuratedAndDiscoveredNamesWithTheirCountsAndEvidence() throws Exception {
        Path docs = tmp.resolve("docs");
        Fixtures.write(
                docs,
                "a.md",
                Fixtures.markdown(
                        "Fundusz inwestuje",
                        "2025-01-10",
                        "Fundusz inwestycyjny MGX zainwestował w centra danych Microsoftu."));
        Fixtures.write(
                docs,
                "b.md",
                Fixtures.markdown(
                        "Nowe biuro", "2025-02-01", "Spółka Kryptonis otworzyła biuro obok siedziby Microsoftu."));
        Path index = tmp.resolve("index");
        assertThat(run("index", "--docs", docs.toString(), "--index", index.toString())
                        .exit())
                .isZero();

        Run json = run("companies", "--index", index.toString(), "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        var list = new ObjectMapper().readTree(json.out());
        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("name").asText()).isEqualTo("Microsoft");
        assertThat(list.get(0).get("documents").asInt()).isEqualTo(2);
        assertThat(list.get(0).get("curated").asBoolean()).isTrue();
        assertThat(list.get(0).has("evidence")).isFalse();
        var kryptonis = list.get(1);
        assertThat(kryptonis.get("name").asText()).isEqualTo("Kryptonis");
        assertThat(kryptonis.get("curated").asBoolean()).isFalse();
        assertThat(kryptonis.get("evidence").asText()).isEqualTo("company noun: Spółka (1 article)");

        // a discovered name is a facet value and a filter like a listed one
        var filtered = new ObjectMapper()
                .readTree(run("search", "--index", index.toString(), "--company", "mgx", "--json")
                        .out());
        assertThat(filtered.get("total").asInt()).isEqualTo(1);
        assertThat(filtered.get("facets").get("company").toString()).contains("\"MGX\"", "\"Microsoft\"");

        Run discovered = run("companies", "--index", index.toString(), "--discovered");
        assertThat(discovered.out()).contains("MGX", "Kryptonis").doesNotContain("Microsoft");

        // a file of corrections blocks a name for the next run
        Path corrections = tmp.resolve("companies.tsv");
        Files.writeString(corrections, "MGX\t\t\t\tblocked\n");
        assertThat(run(
                                "index",
                                "--full",
                                "--docs",
                                docs.toString(),
                                "--index",
                                index.toString(),
                                "--companies",
                                corrections.toString())
                        .exit())
                .isZero();
        assertThat(run("companies", "--index", index.toString()).out()).doesNotContain("MGX");

        Run missing = run("companies", "--index", tmp.resolve("none").toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).startsWith("lupa companies: ");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"index", "serve", "search", "analyze", "extract", "companies"}) {
            Run r = run(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: lupa " + command);
        }
        assertThat(run("bogus").exit()).isEqualTo(2);
    }
}
