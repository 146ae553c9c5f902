package pl.lupa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.Gazetteer;
import pl.lupa.ingest.SkipReason;

class IndexJobTest {

    @TempDir
    Path tmp;

    private IndexSummary index(Path docs, Path index, boolean full, IndexListener listener) throws IOException {
        return new IndexJob(
                        IndexJob.Options.of(List.of(docs), index, full),
                        new EntityExtractor(Gazetteer.bundled()),
                        listener)
                .run();
    }

    private static List<String> ids(Path index) throws IOException {
        try (var dir = FSDirectory.open(index);
                var reader = DirectoryReader.open(dir)) {
            var searcher = new IndexSearcher(reader);
            var stored = searcher.storedFields();
            var out = new java.util.ArrayList<String>();
            for (var hit : searcher.search(
                            new org.apache.lucene.search.MatchAllDocsQuery(), Math.max(1, reader.maxDoc()))
                    .scoreDocs) {
                out.add(stored.document(hit.doc).get(ArticleSchema.ID));
            }
            return out.stream().sorted().toList();
        }
    }

    /** The stored entities JSON of one article. */
    private static String entities(Path index, String id) throws IOException {
        try (var dir = FSDirectory.open(index);
                var reader = DirectoryReader.open(dir)) {
            var searcher = new IndexSearcher(reader);
            var hits = searcher.search(new TermQuery(new Term(ArticleSchema.ID, id)), 1).scoreDocs;
            assertThat(hits).as(id).hasSize(1);
            return searcher.storedFields().document(hits[0].doc).get(ArticleSchema.ENTITIES);
        }
    }

    @Test
    void aCompanyNameEstablishedByOneArticleIsFoundWhereALaterArticleGivesNoEvidence() throws IOException {
        Path docs = tmp.resolve("docs");
        Path index = tmp.resolve("index");
        String evidenceFree =
                Fixtures.markdown("Nowe biuro w Paryżu", "2025-02-01", "Przedstawiciele MGX otworzyli biuro w Paryżu.");
        // alone, the later article says nothing that makes MGX a company
        Fixtures.write(docs, "2025/paryz.md", evidenceFree);
        index(docs, index, false, IndexListener.NONE);
        assertThat(entities(index, "2025/paryz.md")).doesNotContain("MGX");

        Fixtures.write(
                docs,
                "2025/mgx.md",
                Fixtures.markdown(
                        "Fundusz z Abu Zabi inwestuje",
                        "2025-01-10",
                        "Fundusz inwestycyjny MGX zainwestował 2 mld dolarów w nowe centra danych."));
        index(docs, index, false, IndexListener.NONE);
        assertThat(entities(index, "2025/mgx.md")).contains("\"MGX\"");
        // an unchanged article is not read again: the memory reaches it at the next rebuild
        assertThat(entities(index, "2025/paryz.md")).doesNotContain("MGX");

        index(docs, index, true, IndexListener.NONE);
        assertThat(entities(index, "2025/paryz.md"))
                .contains("\"companies\":[\"MGX\"]")
                .contains("\"evidence\":\"corpus\"");

        // once the only article that established it is gone, the memory forgets the name: a new
        // article of the next run does not get it, and the rest lose it at the next rebuild
        Files.delete(docs.resolve("2025/mgx.md"));
        index(docs, index, false, IndexListener.NONE);
        Fixtures.write(
                docs,
                "2025/berlin.md",
                Fixtures.markdown("Biuro w Berlinie", "2025-03-01", "Przedstawiciele MGX otworzyli biuro w Berlinie."));
        index(docs, index, false, IndexListener.NONE);
        assertThat(entities(index, "2025/berlin.md")).doesNotContain("MGX");
        index(docs, index, true, IndexListener.NONE);
        assertThat(entities(index, "2025/paryz.md")).doesNotContain("MGX");
    }

    @Test
    void mixedFolderIndexesGoodArticlesAndReportsTheBadOnes() throws IOException {
        Path docs = Fixtures.mixedFolder(tmp.resolve("docs"));
        Path index = tmp.resolve("index");

        IndexSummary first = index(docs, index, false, IndexListener.NONE);

        assertThat(first.added()).isEqualTo(5);
        assertThat(first.totalDocuments()).isEqualTo(5);
        assertThat(ids(index))
                .containsExactly(
                        "2022/strona.html",
                        "2023/zamki.txt",
                        "2024/nvidia.md",
                        "feeds/depesze.jsonl#a",
                        "feeds/depesze.jsonl#c");
        assertThat(first.skippedByReason()).containsOnlyKeys(SkipReason.EMPTY, SkipReason.BINARY, SkipReason.MALFORMED);
        assertThat(first.skippedByReason().get(SkipReason.MALFORMED))
                .singleElement()
                .satisfies(s -> assertThat(s.where()).isEqualTo("feeds/depesze.jsonl:2"));
        assertThat(first.report()).contains("skipped (binary file): 1", "obraz.txt", "feeds/depesze.jsonl:2");

        IndexSummary again = index(docs, index, false, IndexListener.NONE);
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.added() + again.updated() + again.deleted()).isZero();

        IndexSummary full = index(docs, index, true, IndexListener.NONE);
        assertThat(full.added()).isEqualTo(5);
        assertThat(full.totalDocuments()).isEqualTo(5);
    }

    @Test
    void editedFilesAreUpdatedAndRemovedOnesDeleted() throws IOException {
        Path docs = Fixtures.mixedFolder(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        index(docs, index, false, IndexListener.NONE);

        Fixtures.write(
                docs,
                "2024/nvidia.md",
                Fixtures.markdown("Nvidia otwiera drugie biuro", "2024-03-06", "Nowa treść o Nvidii."));
        Files.delete(docs.resolve("2023/zamki.txt"));
        Fixtures.write(docs, "feeds/depesze.jsonl", """
                {"id":"a","title":"Płatności zbliżeniowe rosną","text":"Polacy coraz częściej płacą zbliżeniowo.","date":"2021-02-03"}
                {"id":"d","title":"Nowa depesza","text":"Zupełnie nowa depesza.","date":"2021-02-06"}
                {"id":"c","title":"Serwery w Krakowie","text":"Zmieniona treść o serwerach.","date":"2021-02-05"}
                """);
        Fixtures.write(docs, "2025/nowy.md", Fixtures.markdown("Nowy", "2025-01-01", "Nowy artykuł."));

        IndexSummary s = index(docs, index, false, IndexListener.NONE);

        assertThat(s.added()).as("2025/nowy.md and record d").isEqualTo(2);
        assertThat(s.updated()).as("nvidia.md and record c").isEqualTo(2);
        assertThat(s.unchanged()).as("strona.html and record a").isEqualTo(2);
        assertThat(s.deleted()).as("zamki.txt").isEqualTo(1);
        assertThat(ids(index))
                .containsExactly(
                        "2022/strona.html",
                        "2024/nvidia.md",
                        "2025/nowy.md",
                        "feeds/depesze.jsonl#a",
                        "feeds/depesze.jsonl#c",
                        "feeds/depesze.jsonl#d");
    }

    @Test
    void aFailureBeforeTheCommitLeavesThePreviousCommitWholeAndSearchable() throws IOException {
        Path docs = Fixtures.mixedFolder(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        index(docs, index, false, IndexListener.NONE);
        List<String> before = ids(index);

        for (int i = 0; i < 30; i++) {
            Fixtures.write(
                    docs,
                    "2025/n" + i + ".md",
                    Fixtures.markdown("Artykuł " + i, "2025-01-01", "Treść numer " + i + "."));
        }
        Files.delete(docs.resolve("2024/nvidia.md"));
        var seen = new AtomicInteger();
        IndexListener failing = new IndexListener() {
            @Override
            public void documentIndexed(String id) {
                if (seen.incrementAndGet() == 10) {
                    throw new IllegalStateException("disk on fire");
                }
            }
        };
        for (boolean full : new boolean[] {false, true}) {
            seen.set(0);
            assertThatThrownBy(() -> index(docs, index, full, failing)).hasMessageContaining("disk on fire");
            assertThat(ids(index)).as("full=" + full).isEqualTo(before);
            try (var dir = FSDirectory.open(index);
                    var reader = DirectoryReader.open(dir)) {
                var hits = new IndexSearcher(reader).count(new TermQuery(new Term(ArticleSchema.BODY, "biuro")));
                assertThat(hits).isEqualTo(1);
            }
        }
    }

    @Test
    void aSecondJobFailsFastWhileOneHoldsTheIndex() throws IOException {
        Path docs = Fixtures.mixedFolder(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        index(docs, index, false, IndexListener.NONE);
        try (var dir = FSDirectory.open(index);
                var running = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            assertThat(running.isOpen()).isTrue();
            assertThatThrownBy(() -> index(docs, index, false, IndexListener.NONE))
                    .isInstanceOf(IndexLockedException.class)
                    .hasMessageContaining("another index job is running on");
        }
    }

    @Test
    void missingDocsFolderCommitsNothing() {
        assertThatThrownBy(() -> index(tmp.resolve("nie-ma"), tmp.resolve("index"), false, IndexListener.NONE))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(Files.exists(tmp.resolve("index"))).isFalse();
    }

    @Test
    void oversizedJsonLinesRecordIsSkippedWithItsLineNumber() throws IOException {
        Path docs = tmp.resolve("docs");
        String big = "x".repeat(3000);
        Fixtures.write(
                docs,
                "f.jsonl",
                "{\"id\":\"ok\",\"text\":\"Krótka depesza.\"}\n{\"id\":\"big\",\"text\":\"" + big + "\"}\n");
        var options = new IndexJob.Options(List.of(docs), tmp.resolve("index"), false, 1000, 2);
        IndexSummary s = new IndexJob(options, new EntityExtractor(Gazetteer.bundled()), IndexListener.NONE).run();
        assertThat(s.added()).isEqualTo(1);
        assertThat(s.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.where()).isEqualTo("f.jsonl:2");
            assertThat(skip.reason()).isEqualTo(SkipReason.TOO_LARGE);
        });
    }
}
