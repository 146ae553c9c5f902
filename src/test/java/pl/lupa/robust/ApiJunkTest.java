package pl.lupa.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.search.SearchParam;
import pl.lupa.testing.TestServer;

/**
 * Junk in every parameter of the HTTP API, sent as raw request targets: the answer is always a
 * 200 or a 4xx (a JSON {@code error} for {@code /api/*}), never a 5xx, never a stack trace, and
 * the server stays healthy.
 */
class ApiJunkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every parameter of the search, from the one list that the parser and the CLI read too. */
    private static final List<String> SEARCH_PARAMS =
            Arrays.stream(SearchParam.values()).map(SearchParam::paramName).toList();
    /** Jetty's own answers to a request line or headers over its limit. */
    private static final Set<Integer> TOO_LARGE = Set.of(414, 431);

    @TempDir
    static Path tmp;

    static TestServer server;
    static int port;
    static String knownId;

    /** A junk value as it goes on the wire (already percent-encoded where meant to be). */
    record Junk(String name, String wire) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() throws IOException {
        Path docs = Corpus.copySamples(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        TestServer.index(docs, index);
        server = TestServer.start(index);
        port = server.port();
        var first = RawHttp.get(port, "/api/search?size=1");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        knownId = JSON.readTree(first.body()).get("hits").get(0).get("id").asText();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Distinct words up to {@code length} characters: the longest query the API accepts. */
    private static String manyWords(String[] words, int length) {
        var sb = new StringBuilder();
        for (int i = 0; ; i++) {
            String next = words[i % words.length] + (i >= words.length ? String.valueOf(i / words.length) : "");
            if (sb.length() + next.length() + 1 > length) {
                return sb.toString().strip();
            }
            sb.append(next).append(' ');
        }
    }

    static List<Junk> junk() {
        var all = new ArrayList<Junk>();
        all.add(new Junk("empty", ""));
        all.add(new Junk("negative", "-1"));
        all.add(new Junk("negative huge", "-99999999999999999999"));
        all.add(new Junk("zero", "0"));
        all.add(new Junk("huge", "99999999999999999999"));
        all.add(new Junk("int max + 1", "2147483648"));
        all.add(new Junk("long max + 1", "9223372036854775808"));
        all.add(new Junk("NaN", "NaN"));
        all.add(new Junk("Infinity", "Infinity"));
        all.add(new Junk("-Infinity", "-Infinity"));
        all.add(new Junk("exponent", "1e400"));
        all.add(new Junk("tiny exponent", "1e-999999999"));
        all.add(new Junk("fraction", "1.5"));
        all.add(new Junk("hex", "0x10"));
        all.add(new Junk("padded number", "%20%205%20%20"));
        all.add(new Junk("plus signs", "+++"));
        all.add(new Junk("10,000 characters", "a".repeat(10_000)));
        all.add(new Junk("10,000 characters of ą", enc("ą".repeat(2_000))));
        all.add(new Junk("NUL", "%00"));
        all.add(new Junk("SOH", "%01"));
        all.add(new Junk("US", "%1F"));
        all.add(new Junk("DEL", "%7F"));
        all.add(new Junk("NUL inside", "ab%00cd"));
        all.add(new Junk("control run", "%01%02%03%04%05%06%07%08%0B%0C%0E%0F%10%1B"));
        all.add(new Junk("CR LF", "a%0D%0Ab"));
        all.add(new Junk("cut 2-byte UTF-8", "%C3"));
        all.add(new Junk("bytes that are never UTF-8", "%FF%FE"));
        all.add(new Junk("cut 3-byte UTF-8", "%E2%82"));
        all.add(new Junk("cut UTF-8 then text", "%E2%82abc"));
        all.add(new Junk("encoded surrogate", "%ED%A0%80"));
        all.add(new Junk("overlong slash", "%C0%AF"));
        all.add(new Junk("lone %", "%"));
        all.add(new Junk("%zz", "%zz"));
        all.add(new Junk("%4", "%4"));
        all.add(new Junk("double-encoded", "%2500"));
        all.add(new Junk("*:*", enc("*:*")));
        all.add(new Junk("field:", enc("field:")));
        all.add(new Junk("/regex/", enc("/regex/")));
        all.add(new Junk("/.*.*.*/", enc("/.*.*.*.*.*.*.*.*/")));
        all.add(new Junk("a~9", enc("a~9")));
        all.add(new Junk("[a TO z]", enc("[a TO z]")));
        all.add(new Junk("{* TO *}", enc("{* TO *}")));
        all.add(new Junk("title:x AND", enc("title:x AND")));
        all.add(new Junk("backslash", enc("\\")));
        all.add(new Junk("backslashes", enc("\\\\\\\"\\")));
        all.add(new Junk("open parentheses", enc("((((((((((")));
        all.add(new Junk("unclosed quote", enc("\"centrum danych")));
        all.add(new Junk("empty quotes", enc("\"\" \"\"")));
        all.add(new Junk("dash alone", enc("-")));
        all.add(new Junk("operators only", enc("OR AND NOT OR")));
        all.add(new Junk("negations only", enc("-microsoft -google")));
        all.add(new Junk("boost", enc("a^1000000")));
        all.add(new Junk("wildcards", enc("* ? *a* ?b")));
        all.add(new Junk("html", enc("<script>alert(1)</script>")));
        all.add(new Junk("emoji", enc("😀🚀 👩‍💻")));
        all.add(new Junk("right-to-left", enc("שלום مرحبا")));
        all.add(new Junk("RTL override", enc("\u202Eabc\u202C")));
        all.add(new Junk("combining marks", enc("e\u0301\u0301\u0301\u0301 a\u0328\u0328")));
        all.add(new Junk("zero-width and BOM", enc("\u200B\uFEFF\u200D")));
        all.add(new Junk("math letters", enc("𝕄𝕚𝕔𝕣𝕠𝕤𝕠𝕗𝕥")));
        all.add(new Junk("case-expanding letters", enc("İİİ ß ﬁ ŉ")));
        all.add(new Junk("Polish", enc("Zażółć gęślą jaźń")));
        all.add(new Junk("many words at the limit", enc(manyWords(new String[] {"w"}, 1_000))));
        all.add(new Junk(
                "many Polish words at the limit",
                enc(manyWords(
                        new String[] {
                            "inwestycja",
                            "zamki",
                            "spółki",
                            "centrum",
                            "danych",
                            "chmura",
                            "sieci",
                            "układy",
                            "fabryka",
                            "rynek"
                        },
                        1_000))));
        all.add(new Junk(
                "long phrase at the limit",
                enc("\"" + manyWords(new String[] {"centrum", "danych", "Microsoft"}, 998) + "\"")));
        var ors = new StringBuilder("w0");
        for (int i = 1; ors.length() < 990; i++) {
            ors.append(" OR w").append(i);
        }
        all.add(new Junk("many ORs at the limit", enc(ors.toString())));
        all.add(new Junk("many exclusions at the limit", enc(manyWords(new String[] {"-x"}, 1_000))));
        all.add(new Junk("raw UTF-8 bytes", "\u00c4\u0085\u00c5\u009b"));
        return all;
    }

    @Test
    void junkInEverySearchParameter() throws IOException {
        var failures = new ArrayList<String>();
        int requests = 0;
        for (String param : SEARCH_PARAMS) {
            for (Junk j : junk()) {
                check(failures, "/api/search?" + param + "=" + j.wire(), param + " = " + j);
                requests++;
            }
            // Repeated keys, the key without a value, a valid value next to junk.
            check(failures, "/api/search?" + param + "=1&" + param + "=2", param + " twice");
            check(failures, "/api/search?" + param + "=%zz&" + param + "=%C3", param + " twice, junk");
            check(failures, "/api/search?" + param, param + " without =");
            check(failures, "/api/search?" + param + "=&" + param + "=", param + " twice, empty");
            check(failures, "/api/search?q=centrum&" + param + "=" + "%FF", param + " junk with a query");
            requests += 5;
        }
        assertThat(failures)
                .as("%d of %d requests misbehaved", failures.size(), requests)
                .isEmpty();
    }

    @Test
    void junkInEverySuggestParameter() throws IOException {
        var failures = new ArrayList<String>();
        int requests = 0;
        for (String param : List.of("q", "size")) {
            for (Junk j : junk()) {
                check(failures, "/api/suggest?" + param + "=" + j.wire(), "suggest " + param + " = " + j);
                check(failures, "/api/suggest?q=mi&" + param + "=" + j.wire(), "suggest mi, " + param + " = " + j);
                requests += 2;
            }
            check(failures, "/api/suggest?" + param + "=1&" + param + "=2", "suggest " + param + " twice");
            check(failures, "/api/suggest?" + param, "suggest " + param + " without =");
            requests += 2;
        }
        assertThat(failures)
                .as("%d of %d requests misbehaved", failures.size(), requests)
                .isEmpty();
    }

    @Test
    void unknownAndMalformedKeys() throws IOException {
        var failures = new ArrayList<String>();
        var targets = new ArrayList<>(List.of(
                "/api/search?foo=bar",
                "/api/search?Q=centrum",
                "/api/search?q%00=x",
                "/api/search?%zz=1",
                "/api/search?%=1",
                "/api/search?=x",
                "/api/search?&&&",
                "/api/search?=",
                "/api/search?q[]=x",
                "/api/search?q.x=1",
                "/api/search?;q=x",
                "/api/search?q=a;b",
                "/api/search??q=x",
                "/api/search?q=a#frag",
                "/api/search?q=a&#",
                "/api/search?" + "k".repeat(5_000) + "=v",
                "/api/search?q=x&" + "%C3=1"));
        var many = new StringBuilder("/api/search?q=centrum");
        for (int i = 0; i < 1_000; i++) {
            many.append("&k").append(i).append("=v");
        }
        targets.add(many.toString());
        var manyCompanies = new StringBuilder("/api/search?q=centrum");
        for (int i = 0; i < 500; i++) {
            manyCompanies.append("&company=Firma").append(i);
        }
        targets.add(manyCompanies.toString());
        var manyBuckets = new StringBuilder("/api/search?usd=1B-10B");
        for (int i = 0; i < 500; i++) {
            manyBuckets.append("&usd=lt1M");
        }
        targets.add(manyBuckets.toString());
        for (String target : targets) {
            check(failures, target, "unknown keys");
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void junkDocumentIds() throws IOException {
        var failures = new ArrayList<String>();
        check(failures, "/api/documents/" + enc(knownId).replace("+", "%20"), "a known id");
        var ok = RawHttp.get(port, "/api/documents/" + enc(knownId).replace("+", "%20"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("id").asText()).isEqualTo(knownId);

        var ids = new ArrayList<String>();
        for (Junk j : junk()) {
            ids.add(j.wire());
        }
        ids.addAll(List.of(
                "",
                "%2F",
                "a%2Fb",
                "a%2F%2Fb",
                "%2F%2F%2F",
                "..",
                "%2e%2e",
                "..%2F..%2Fetc%2Fpasswd",
                "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                ".",
                "x%23y",
                "%23",
                "%3F",
                "%3Fq=1",
                "x?q=1",
                "%5C",
                "a%5Cb",
                "2024/..%2F..%2Fsecret.md",
                enc(knownId) + "%00",
                enc(knownId) + "%2F",
                knownId.toUpperCase()));
        for (String id : ids) {
            check(failures, "/api/documents/" + id, "document id");
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void junkOnHealth() throws IOException {
        var failures = new ArrayList<String>();
        for (Junk j : junk()) {
            check(failures, "/health?" + j.wire(), "health");
            check(failures, "/health?x=" + j.wire(), "health");
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void queryOverTheLengthLimitIs400ForQ() throws IOException {
        for (String q : List.of("a".repeat(1_001), "a".repeat(10_000), enc("ż".repeat(1_001)), enc("a ".repeat(600)))) {
            var reply = RawHttp.get(port, "/api/search?q=" + q);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            JsonNode body = JSON.readTree(reply.body());
            assertThat(body.path("param").asText()).isEqualTo("q");
            assertThat(body.path("error").asText()).isNotBlank();
        }
        var atLimit = RawHttp.get(port, "/api/search?q=" + "a".repeat(1_000));
        assertThat(atLimit.status())
                .as("exactly 1,000 characters is fine: %s", atLimit)
                .isEqualTo(200);
    }

    @Test
    void hugeRequestLinesAndHeadersAreRefusedNotHung() throws IOException {
        String host = "Host: 127.0.0.1:" + port + "\r\n";
        var cases = List.of(
                "GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET /api/documents/" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET /api/search?q=x HTTP/1.1\r\n" + host + "X-Junk: " + "a".repeat(20_000)
                        + "\r\nConnection: close\r\n\r\n",
                "GET /health HTTP/1.1\r\n" + host + "X-Junk: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
                "GET /api/search?q=x HTTP/1.1\r\n" + host + "X-Many: b\r\n".repeat(2_000) + "Connection: close\r\n\r\n",
                "GET /api/search?q=x HTTP/1.1\r\n" + host + "Cookie: " + "c=d; ".repeat(4_000)
                        + "\r\nConnection: close\r\n\r\n",
                "GET /api/search?q=" + "a".repeat(1_000_000) + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
        for (String request : cases) {
            var reply = RawHttp.socket(port, request);
            assertThat(reply.status())
                    .as("%s → %s", RawHttp.abbreviate(request), reply)
                    .isBetween(400, 499);
            assertThat(RawHttp.INTERNALS.matcher(reply.body()).find())
                    .as(reply.toString())
                    .isFalse();
        }
        assertHealthy();
    }

    @Test
    void malformedRequestLinesAreRefused() throws IOException {
        String host = "Host: 127.0.0.1:" + port + "\r\n";
        var cases = List.of(
                "GET /api/search?q=a\u0000b HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET /api/search?q=a\u0001b HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET /api/search?q=a\u007fb HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET /api/search?q=a b c HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET /api/search?q=x HTTP/1.1\r\nConnection: close\r\n\r\n",
                "GET /api/search?q=x HTTP/9.9\r\n" + host + "Connection: close\r\n\r\n",
                "GET api/search?q=x HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET /api/documents/\u00ff\u00fe HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n",
                "GET /api/search?q=x HTTP/1.1\r\n" + host + "Bad Header Without Colon\r\nConnection: close\r\n\r\n",
                "BREW /api/search HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
        for (String request : cases) {
            var reply = RawHttp.socket(port, request);
            // 505 (HTTP Version Not Supported) is the protocol's answer to HTTP/9.9, not a failure.
            int worst = request.contains("HTTP/9.9") ? 505 : 499;
            assertThat(reply.status())
                    .as("%s → %s", RawHttp.abbreviate(request), reply)
                    .isBetween(400, worst);
            assertThat(RawHttp.INTERNALS.matcher(reply.body()).find())
                    .as(reply.toString())
                    .isFalse();
        }
        assertHealthy();
    }

    private static void assertHealthy() throws IOException {
        var health = RawHttp.get(port, "/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("ok");
    }

    /** Sends one target and records every way its answer breaks the contract. */
    private static void check(List<String> failures, String target, String what) throws IOException {
        RawHttp.Reply reply;
        try {
            reply = RawHttp.get(port, target);
        } catch (RuntimeException | AssertionError e) {
            failures.add(what + ": " + RawHttp.abbreviate(target) + " → no answer: " + e);
            return;
        }
        String where = what + ": " + RawHttp.abbreviate(target) + " → " + reply;
        boolean api = target.startsWith("/api/");
        boolean documents = target.startsWith("/api/documents/");
        int status = reply.status();
        boolean expected = status == 200 || status == 400 || documents && status == 404 || TOO_LARGE.contains(status);
        if (!expected) {
            failures.add("unexpected status: " + where);
        }
        if (RawHttp.INTERNALS.matcher(reply.body()).find()) {
            failures.add("internals in the body: " + where);
        }
        if (api && status >= 400 && status < 500 && !TOO_LARGE.contains(status)) {
            JsonNode body = json(reply.body());
            if (body == null
                    || !body.path("error").isTextual()
                    || body.path("error").asText().isBlank()) {
                failures.add("4xx without a JSON error: " + where);
            }
        }
        if (target.startsWith("/api/search") && status == 200) {
            JsonNode body = json(reply.body());
            if (body == null
                    || !body.path("hits").isArray()
                    || !body.path("total").isNumber()) {
                failures.add("200 without a search result: " + where);
            }
        }
        var health = RawHttp.get(port, "/health");
        if (health.status() != 200) {
            failures.add("unhealthy after " + where + ": " + health);
        }
    }

    private static JsonNode json(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
