package pl.lupa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import pl.lupa.testing.TestServer;

/**
 * {@code /feed.atom} and {@code /api/export} over the sample articles and a feed of records
 * whose fields hold quotes, commas, line breaks and Polish letters: the Atom document parsed by
 * the JDK's XML parser and checked for what RFC 4287 requires, the CSV read back by an RFC 4180
 * reader written here, both compared with what {@code /api/search} says of the same search.
 */
class FeedExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Records whose every text field needs CSV quoting somewhere. */
    private static final String TRICKY_FEED = """
            {"id": "q1", "title": "Spółka \\"Żuraw\\", czyli żółta łódź na Wiśle", "text": "Microsoft zapłaci 2 mld dolarów za udziały w spółce Żuraw. Zażółć gęślą jaźń, \\"powiedział\\" prezes.", "date": "2024-05-10", "source": "Gazeta \\"Dzwon\\",\\nwydanie drugie", "url": "https://example.org/a?x=1,2&y=\\"3\\""}
            {"id": "q2", "title": "Nvidia, Intel i \\"ściśle tajne\\" układy", "text": "Nvidia i Intel wydadzą razem 650 mln dolarów na nowe układy. Źródła mówią o współpracy.", "date": "2024-06-01", "source": "Przegląd\\r\\nTechniczny", "url": null}
            """;

    @TempDir
    static Path tmp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path docs = tmp.resolve("docs");
        copyTree(Path.of("sample-docs"), docs.resolve("sample"));
        Files.writeString(docs.resolve("trudne.jsonl"), TRICKY_FEED, StandardCharsets.UTF_8);
        // enough articles that an export spans more than one page of the search API
        var notices = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            notices.append(JSON.writeValueAsString(Map.of(
                            "id", "k" + i,
                            "title", "Komunikat giełdowy numer " + i,
                            "text", "Spółka opublikowała komunikat numer " + i + " o zmianach w zarządzie.",
                            "date", "2023-%02d-%02d".formatted(1 + i % 12, 1 + i % 28))))
                    .append('\n');
        }
        Files.writeString(docs.resolve("komunikaty.jsonl"), notices, StandardCharsets.UTF_8);
        Path index = tmp.resolve("index");
        TestServer.index(docs, index);
        server = TestServer.start(index);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    // ------------------------------------------------------------------ Atom

    @Test
    void feedIsValidAtomOfTheNewestFiftyMatches() throws Exception {
        var response = bytes("/feed.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Element feed = parse(response.body());
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        // RFC 4287 4.1.1: exactly one id, title and updated; an author unless every entry has one
        assertThat(URI.create(only(feed, "id")).isAbsolute()).isTrue();
        assertThat(only(feed, "title")).isNotBlank();
        Instant updated = OffsetDateTime.parse(only(feed, "updated")).toInstant();
        assertThat(children(feed, "author")).hasSize(1);
        assertThat(links(feed, "self")).containsExactly(server.url("/feed.atom"));

        List<Element> entries = children(feed, "entry");
        JsonNode newest = search("sort=date&size=50");
        assertThat(newest.get("total").asLong())
                .as("more articles than the feed lists")
                .isGreaterThan(50);
        assertThat(entries).hasSize(50);
        var ids = new HashSet<String>();
        var titles = new ArrayList<String>();
        Instant previous = Instant.MAX;
        for (Element entry : entries) {
            // 4.1.2: exactly one id, title and updated; a link rel=alternate (there is no content)
            assertThat(ids.add(only(entry, "id"))).as("entry ids are unique").isTrue();
            assertThat(URI.create(only(entry, "id")).isAbsolute()).isTrue();
            titles.add(only(entry, "title"));
            Instant entryUpdated = OffsetDateTime.parse(only(entry, "updated")).toInstant();
            assertThat(entryUpdated)
                    .as("newest first")
                    .isBeforeOrEqualTo(previous)
                    .isBeforeOrEqualTo(updated);
            previous = entryUpdated;
            assertThat(links(entry, "alternate")).hasSize(1);
        }
        var expectedTitles = new ArrayList<String>();
        newest.get("hits").forEach(h -> expectedTitles.add(h.get("title").asText()));
        assertThat(titles).isEqualTo(expectedTitles);
    }

    @Test
    void feedKeepsTheSearchAndItsPolishText() throws Exception {
        String params = "q=" + enc("Żurawia") + "&company=Microsoft";
        Element feed = parse(bytes("/feed.atom?" + params).body());
        JsonNode expected = search(params + "&sort=date");
        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(expected.get("hits").size()).isNotEmpty();
        assertThat(only(entries.get(0), "title"))
                .isEqualTo(expected.get("hits").get(0).get("title").asText());
        assertThat(only(feed, "title")).contains("Żurawia", "Microsoft");
        assertThat(only(entries.get(0), "summary")).contains("<mark>");
        assertThat(links(feed, "self")).containsExactly(server.url("/feed.atom?" + params));
    }

    @Test
    void badParametersOfAFeedAreJson400() throws IOException {
        var response = server.get("/feed.atom?size=0&from=2024-13");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).has("param")).isTrue();
    }

    // ------------------------------------------------------------------ export

    @Test
    void csvRoundTripsWithQuotesCommasLineBreaksAndPolishLetters() throws IOException {
        var response = bytes("/api/export?format=csv&sort=date&size=100");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] body = response.body();
        assertThat(body).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<List<String>> rows = Rfc4180.read(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("id", "title", "date", "source", "url", "companies", "amountsUsd");

        var expected = expectedRows("sort=date");
        assertThat(rows.subList(1, rows.size())).isEqualTo(expected);
        String all = String.join("|", rows.stream().flatMap(List::stream).toList());
        assertThat(all).contains("\"", ",", "\n", "\r\n", "Żuraw", "ściśle", "Dzwon");
    }

    @Test
    void jsonLinesHoldTheSameRowsAsTheCsv() throws IOException {
        String params = "q=" + enc("układy");
        var csv = Rfc4180.read(text("/api/export?format=csv&" + params).substring(1));
        var lines = text("/api/export?format=jsonl&" + params).split("\n");
        assertThat(lines).hasSize(csv.size() - 1);
        for (int i = 0; i < lines.length; i++) {
            JsonNode row = JSON.readTree(lines[i]);
            assertThat(row(row)).isEqualTo(csv.get(i + 1));
        }
        assertThat(lines.length)
                .isEqualTo(search(params + "&facets=true").get("total").asInt());
    }

    @Test
    void exportListsEveryMatchBeyondOnePage() throws IOException {
        var csv = Rfc4180.read(text("/api/export?format=csv").substring(1));
        long total = search("").get("total").asLong();
        assertThat(total).isGreaterThan(100);
        assertThat(csv).hasSize((int) total + 1);
        assertThat(csv.stream().skip(1).map(r -> r.get(0)).distinct().count()).isEqualTo(total);
    }

    @Test
    void badFormatOrCompanyIsAJson400() throws IOException {
        for (String query : List.of("format=xlsx", "format=csv&format=jsonl", "format=csv&company=Zzyzxcorp")) {
            var response = server.get("/api/export?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("param").asText()).isEqualTo(query.contains("company") ? "company" : "format");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The rows the export should hold, built from the search API's hits, page by page. */
    private static List<List<String>> expectedRows(String params) throws IOException {
        var out = new ArrayList<List<String>>();
        for (int page = 1; ; page++) {
            JsonNode r = search(params + "&size=100&snippets=false&page=" + page);
            r.get("hits").forEach(h -> out.add(row(h)));
            if (r.get("hits").size() < 100) {
                return out;
            }
        }
    }

    private static List<String> row(JsonNode hit) {
        var companies = new ArrayList<String>();
        hit.get("companies").forEach(c -> companies.add(c.asText()));
        var amounts = new ArrayList<String>();
        hit.get("amountsUsd").forEach(a -> amounts.add(a.decimalValue().toPlainString()));
        return List.of(
                text(hit, "id"),
                text(hit, "title"),
                text(hit, "date"),
                text(hit, "source"),
                text(hit, "url"),
                String.join("; ", companies),
                String.join("; ", amounts));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static JsonNode search(String params) throws IOException {
        var response = server.get("/api/search?" + params);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String text(String pathAndQuery) {
        var response = bytes(pathAndQuery);
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> bytes(String pathAndQuery) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.url(pathAndQuery))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Element parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return doc.getDocumentElement();
    }

    /** The Atom children of an element with this name. */
    private static List<Element> children(Element parent, String name) {
        var out = new ArrayList<Element>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text of the one child of this name; fails when there are none or several. */
    private static String only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found)
                .as("<" + name + "> in <" + parent.getLocalName() + ">")
                .hasSize(1);
        return found.get(0).getTextContent();
    }

    private static List<String> links(Element parent, String rel) {
        var out = new ArrayList<String>();
        for (Element link : children(parent, "link")) {
            String r = link.getAttribute("rel").isEmpty() ? "alternate" : link.getAttribute("rel");
            if (r.equals(rel)) {
                out.add(link.getAttribute("href"));
            }
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** A reader of RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Rfc4180 {

        private Rfc4180() {}

        static List<List<String>> read(String text) {
            var rows = new ArrayList<List<String>>();
            var row = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                    i++;
                } else if (c == '"') {
                    assertThat(field)
                            .as("a quote opens a field, never stands inside one")
                            .isEmpty();
                    quoted = true;
                    i++;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i += 2;
                } else {
                    assertThat(c).as("a bare line break outside quotes").isNotIn('\r', '\n');
                    field.append(c);
                    i++;
                }
            }
            assertThat(quoted).as("an unclosed quote").isFalse();
            assertThat(field).as("the last record ends with CRLF").isEmpty();
            assertThat(row).isEmpty();
            return rows;
        }
    }
}
