package pl.lupa.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.Gazetteer;
import pl.lupa.index.IndexJob;
import pl.lupa.index.IndexListener;
import pl.lupa.index.IndexSummary;
import pl.lupa.ingest.Skip;
import pl.lupa.ingest.SkipReason;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.SearchRequest;

/**
 * A docs folder with every kind of malformed article file: the job still commits, the good
 * articles are searchable, and every bad input is either skipped with a reason or, when it is
 * readable text after all, indexed.
 */
class BadFilesTest {

    private static final long MAX_BYTES = 64 * 1024;

    @TempDir
    Path tmp;

    private final List<Path> lockedDown = new ArrayList<>();

    @AfterEach
    void giveBackPermissions() throws IOException {
        for (Path p : lockedDown) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static Path write(Path root, String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static Path write(Path root, String relative, String text) throws IOException {
        return write(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String md(String title, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: 2024-05-06\nsource: Serwis Testowy\n---\n" + body + "\n";
    }

    @Test
    void everyMalformedFileIsSkippedWithAReasonAndTheRestIsIndexed() throws Exception {
        Path docs = tmp.resolve("docs");
        Path index = tmp.resolve("index");

        // Good articles, each with a word no other file has.
        write(
                docs,
                "dobre/pierwszy.md",
                md("Kwantowy procesor z Gdańska", "Naukowcy pokazali kwantowy procesor. Słowo kontrolne: jabłonka."));
        write(
                docs,
                "dobre/drugi.txt",
                "Serwerownia rośnie\n\nOperator rozbudowuje serwerownię w Poznaniu. Słowo kontrolne: grusza.\n");
        write(
                docs,
                "dobre/trzeci.html",
                "<html><head><title>Sieć 5G | Portal</title></head><body><article><h1>Sieć 5G</h1>"
                        + "<p>Operatorzy budują sieć 5G na wsi. Słowo kontrolne: czereśnia.</p></article></body></html>");
        write(
                docs,
                "dobre/legacy.txt",
                "Fabryka w Łodzi\n\nSpółka otworzy fabrykę. Słowo kontrolne: śliwka, źródło, żółw.\n"
                        .getBytes(Charset.forName("windows-1250")));
        write(
                docs,
                "dobre/depesze.jsonl",
                "{\"id\":\"ok\",\"title\":\"Depesza\",\"text\":\"Agencja donosi o fuzji. Słowo kontrolne: morela.\"}\n");

        // Binary: PNG header, NUL bytes.
        write(docs, "zle/obraz.md", new byte[] {
            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0
        });
        // UTF-8 cut inside the last character ("ć" is C4 87; the 87 is missing).
        byte[] whole = md("Ucięty plik", "Tekst ucięty w pół znaku. Słowo kontrolne: porzeczka. Koniec: zażółć")
                .getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 2); // drops the final "\n" and the 0x87
        assertThat(cut[cut.length - 1]).isEqualTo((byte) 0xC4);
        write(docs, "zle/uciety.md", cut);
        // Over the size limit.
        write(docs, "zle/ogromny.md", md("Ogromny", "bardzo długi tekst ".repeat((int) (MAX_BYTES / 10))));
        // HTML without a body, or with an empty one.
        write(docs, "zle/bez-body.html", "<html><head><title>Tylko nagłówek</title></head></html>");
        write(docs, "zle/pusty-body.html", "<html><head><title>Pusto</title></head><body>   </body></html>");
        // Front matter that never closes: readable text after all.
        write(
                docs,
                "zle/niezamkniety.md",
                "---\ntitle: Niezamknięty nagłówek\ndate: 2024-01-01\nTreść bez zamknięcia. Słowo kontrolne: agrest.\n");
        // Front matter and nothing else.
        write(docs, "zle/sam-naglowek.md", "---\ntitle: Sam nagłówek\ndate: 2024-01-01\n---\n");
        // Empty, whitespace only, a lone BOM.
        write(docs, "zle/pusty.md", new byte[0]);
        write(docs, "zle/spacje.txt", " \n\t\n   \n");
        write(docs, "zle/bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        // Not an article format.
        write(docs, "zle/raport.pdf", "%PDF-1.4 nie artykuł");
        // JSON Lines: good records among broken, oversized and odd lines (numbers are line numbers).
        var feed = new java.io.ByteArrayOutputStream();
        feed.writeBytes("{\"id\":\"zly-utf\",\"text\":\"abc ".getBytes(StandardCharsets.UTF_8)); // 1: not UTF-8
        feed.write(0xC3);
        feed.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        var lines = new StringBuilder();
        lines.append(
                "{\"id\":\"dobra\",\"title\":\"Dobra depesza\",\"text\":\"Słowo kontrolne: brzoskwinia.\"}\n"); // 2
        lines.append("{\"id\":\"zepsuta\",\"title\":\"Brak nawiasu\",\"text\":\"abc\"\n"); // 3
        lines.append("{\"id\":\"duza\",\"text\":\"")
                .append("x".repeat((int) MAX_BYTES))
                .append("\"}\n"); // 4
        lines.append("[1,2,3]\n"); // 5
        lines.append("null\n"); // 6
        lines.append("{\"id\":\"bez-tekstu\",\"title\":\"Sam tytuł\"}\n"); // 7
        lines.append("\n"); // 8: no record
        lines.append("{\"id\":\"dobra\",\"text\":\"Ten sam identyfikator drugi raz.\"}\n"); // 9
        lines.append("[".repeat(5000)).append("]".repeat(5000)).append('\n'); // 10
        lines.append("{\"id\":\"")
                .append("i".repeat(40_000))
                .append("\",\"text\":\"Bardzo długi identyfikator.\"}\n"); // 11
        lines.append("{\"id\":\"ostatnia\",\"text\":\"Linia bez końca. Słowo kontrolne: malina.\"}"); // 12: no newline
        feed.writeBytes(lines.toString().getBytes(StandardCharsets.UTF_8));
        write(docs, "zle/kanal.jsonl", feed.toByteArray());

        // A symbolic link loop, a dangling link, a link to a device that never ends, a named pipe.
        Files.createSymbolicLink(docs.resolve("petla"), docs);
        Files.createSymbolicLink(docs.resolve("zle/wiszacy.md"), tmp.resolve("nie-ma-takiego-pliku.md"));
        Files.createSymbolicLink(docs.resolve("zle/zera.md"), Path.of("/dev/zero"));
        boolean fifo =
                new ProcessBuilder("mkfifo", docs.resolve("zle/kolejka.md").toString())
                                .start()
                                .waitFor()
                        == 0;

        // No permission to read: a file and a folder.
        Path secret = write(docs, "zle/tajny.md", md("Tajny", "Słowo kontrolne: pigwa."));
        Path closedDir = Files.createDirectories(docs.resolve("zamkniety"));
        write(docs, "zamkniety/w-srodku.md", md("W środku", "Słowo kontrolne: jeżyna."));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(closedDir, PosixFilePermissions.fromString("---------"));
        lockedDown.add(secret);
        lockedDown.add(closedDir);
        // Root reads files whatever their permission bits say; then the job can only prove it
        // does not trip over them (they are indexed), not that it reports them.
        boolean permissionsBite = !Files.isReadable(secret);

        var options = new IndexJob.Options(List.of(docs), index, false, MAX_BYTES, 2);
        IndexSummary summary =
                new IndexJob(options, new EntityExtractor(Gazetteer.bundled()), IndexListener.NONE).run();
        Map<String, Skip> skipped =
                summary.skipped().stream().collect(Collectors.toMap(Skip::where, s -> s, (a, b) -> a));
        String report = summary.report();

        // The job committed, and what it counted is what the index holds.
        Set<String> ids;
        try (var dir = FSDirectory.open(index);
                var reader = DirectoryReader.open(dir)) {
            ids = Corpus.ids(reader);
            assertThat(reader.getIndexCommit().getUserData()).as(report).containsKey("lupa.committed");
            assertThat(reader.numDocs()).as(report).isEqualTo(summary.totalDocuments());
        }
        assertThat(ids)
                .as(report)
                .contains(
                        "dobre/pierwszy.md",
                        "dobre/drugi.txt",
                        "dobre/trzeci.html",
                        "dobre/legacy.txt",
                        "dobre/depesze.jsonl#ok",
                        "zle/kanal.jsonl#dobra",
                        "zle/kanal.jsonl#ostatnia");

        assertSkipped(skipped, report, "zle/obraz.md", SkipReason.BINARY);
        assertSkipped(skipped, report, "zle/ogromny.md", SkipReason.TOO_LARGE);
        assertSkipped(skipped, report, "zle/bez-body.html", SkipReason.EMPTY);
        assertSkipped(skipped, report, "zle/pusty-body.html", SkipReason.EMPTY);
        assertSkipped(skipped, report, "zle/sam-naglowek.md", SkipReason.EMPTY);
        assertSkipped(skipped, report, "zle/pusty.md", SkipReason.EMPTY);
        assertSkipped(skipped, report, "zle/spacje.txt", SkipReason.EMPTY);
        assertSkipped(skipped, report, "zle/bom.txt", SkipReason.EMPTY);
        assertSkipped(skipped, report, "zle/raport.pdf", SkipReason.UNSUPPORTED);
        assertSkipped(skipped, report, "petla", SkipReason.UNREADABLE);
        assertThat(skipped.get("petla").detail()).contains("loop");

        // JSON Lines, record by record.
        assertSkipped(skipped, report, "zle/kanal.jsonl:1", SkipReason.MALFORMED);
        assertSkipped(skipped, report, "zle/kanal.jsonl:3", SkipReason.MALFORMED);
        assertSkipped(skipped, report, "zle/kanal.jsonl:4", SkipReason.TOO_LARGE);
        assertSkipped(skipped, report, "zle/kanal.jsonl:5", SkipReason.MALFORMED);
        assertSkipped(skipped, report, "zle/kanal.jsonl:6", SkipReason.MALFORMED);
        assertSkipped(skipped, report, "zle/kanal.jsonl:7", SkipReason.EMPTY);
        assertThat(skipped).as(report).doesNotContainKey("zle/kanal.jsonl:8");
        assertSkipped(skipped, report, "zle/kanal.jsonl:9", SkipReason.DUPLICATE_ID);
        assertSkipped(skipped, report, "zle/kanal.jsonl:10", SkipReason.MALFORMED);
        // An id longer than the index can hold as one term: that record is skipped, not the job.
        assertThat(skipped).as(report).containsKey("zle/kanal.jsonl:11");
        assertThat(ids).noneMatch(id -> id.startsWith("zle/kanal.jsonl#iiii"));

        // Readable text after all: indexed, or skipped with a reason.
        assertIndexedOrSkipped(ids, skipped, report, "zle/uciety.md");
        assertIndexedOrSkipped(ids, skipped, report, "zle/niezamkniety.md");
        if (ids.contains("zle/niezamkniety.md")) {
            assertThat(summary.warnings())
                    .as(report)
                    .anyMatch(w -> w.contains("zle/niezamkniety.md") && w.contains("never closed"));
        }

        // Links and special files that are no articles are left out, and nothing hangs on them.
        assertThat(ids).doesNotContain("zle/wiszacy.md", "zle/zera.md", "zle/kolejka.md");
        assertSkipped(skipped, report, "zle/wiszacy.md", SkipReason.UNREADABLE);
        assertSkipped(skipped, report, "zle/zera.md", SkipReason.UNREADABLE);
        if (fifo) {
            assertSkipped(skipped, report, "zle/kolejka.md", SkipReason.UNREADABLE);
        }

        if (permissionsBite) {
            assertSkipped(skipped, report, "zle/tajny.md", SkipReason.UNREADABLE);
            assertSkipped(skipped, report, "zamkniety", SkipReason.UNREADABLE);
        } else {
            assertIndexedOrSkipped(ids, skipped, report, "zle/tajny.md");
            assertIndexedOrSkipped(ids, skipped, report, "zamkniety/w-srodku.md");
        }

        // The good articles are found by their words.
        try (var searcher = new LupaSearcher(index, Duration.ofSeconds(1), Duration.ofSeconds(10))) {
            assertFound(searcher, "jabłonka", "dobre/pierwszy.md");
            assertFound(searcher, "grusza", "dobre/drugi.txt");
            assertFound(searcher, "czereśnia", "dobre/trzeci.html");
            assertFound(searcher, "śliwka", "dobre/legacy.txt");
            assertFound(searcher, "morela", "dobre/depesze.jsonl#ok");
            assertFound(searcher, "brzoskwinia", "zle/kanal.jsonl#dobra");
            assertFound(searcher, "malina", "zle/kanal.jsonl#ostatnia");
            if (ids.contains("zle/uciety.md")) {
                assertFound(searcher, "porzeczka", "zle/uciety.md");
            }
        }

        // Running again over the same folder: nothing changed, nothing breaks.
        IndexSummary again = new IndexJob(options, new EntityExtractor(Gazetteer.bundled()), IndexListener.NONE).run();
        assertThat(again.added() + again.updated() + again.deleted())
                .as(again.report())
                .isZero();
        assertThat(again.totalDocuments()).isEqualTo(summary.totalDocuments());

        Files.delete(docs.resolve("zle/zera.md")); // a link out of the test folder, removed by hand
    }

    private static void assertSkipped(Map<String, Skip> skipped, String report, String where, SkipReason reason) {
        assertThat(skipped).as("%s is reported as skipped:\n%s", where, report).containsKey(where);
        Skip skip = skipped.get(where);
        assertThat(skip.reason()).as("%s: %s", where, skip).isEqualTo(reason);
        assertThat(skip.detail()).as("%s has an explanation", where).isNotBlank();
    }

    private static void assertIndexedOrSkipped(Set<String> ids, Map<String, Skip> skipped, String report, String id) {
        boolean indexed = ids.contains(id);
        boolean skippedWithReason =
                skipped.containsKey(id) && !skipped.get(id).detail().isBlank();
        assertThat(indexed || skippedWithReason)
                .as("%s is indexed or skipped with a reason:\n%s", id, report)
                .isTrue();
    }

    private static void assertFound(LupaSearcher searcher, String query, String id) {
        var result = searcher.search(SearchRequest.of(query));
        assertThat(result.hits()).as("query %s", query).extracting(h -> h.id()).contains(id);
    }
}
