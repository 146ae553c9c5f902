package pl.lupa.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.testing.TestServer;

class LupaCodecTest {

    @TempDir
    Path tmp;

    @Test
    void indexJobWritesLupasCodecAndReadsItBackByName() throws IOException {
        Path docs = Fixtures.mixedFolder(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        TestServer.index(docs, index, true);
        try (Directory dir = FSDirectory.open(index)) {
            SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
            assertThat(infos.size()).isPositive();
            for (SegmentCommitInfo segment : infos) {
                assertThat(segment.info.getCodec().getName()).isEqualTo(LupaCodec.NAME);
            }
            assertThat(Codec.forName(LupaCodec.NAME))
                    .isInstanceOf(LupaCodec.class); // found through SPI, as readers find it
            try (var check = new CheckIndex(dir)) {
                assertThat(check.checkIndex().clean).isTrue();
            }
        }
    }

    /** An index of an earlier version (Lucene's default codec) keeps working when Lupa adds to it and merges it. */
    @Test
    void segmentsOfBothCodecsMergeWithoutLoss() throws IOException {
        var random = new Random(3);
        var texts = new String[3_000];
        for (int i = 0; i < texts.length; i++) {
            var sb = new StringBuilder();
            int words = 1 + random.nextInt(i % 100 == 0 ? 5_000 : 400); // some articles span several blocks
            for (int w = 0; w < words; w++) {
                sb.append("słowo").append(random.nextInt(50_000)).append(' ');
            }
            texts[i] = sb.toString();
        }
        try (Directory dir = new ByteBuffersDirectory()) {
            try (var writer =
                    new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) { // Lucene's default codec
                for (int i = 0; i < 1_500; i++) {
                    writer.addDocument(doc(i, texts[i]));
                }
            }
            try (var writer =
                    new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setCodec(new LupaCodec()))) {
                for (int i = 1_500; i < texts.length; i++) {
                    writer.addDocument(doc(i, texts[i]));
                }
                writer.commit();
                assertThat(codecs(dir))
                        .containsExactlyInAnyOrder(Codec.getDefault().getName(), LupaCodec.NAME);
                writer.forceMerge(1);
            }
            assertThat(codecs(dir)).containsExactly(LupaCodec.NAME);
            try (var reader = DirectoryReader.open(dir)) {
                var stored = reader.storedFields();
                assertThat(reader.numDocs()).isEqualTo(texts.length);
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    Document d = stored.document(doc);
                    int id = Integer.parseInt(d.get("id"));
                    assertThat(d.get("body")).isEqualTo(texts[id]);
                }
            }
        }
    }

    private static Document doc(int id, String body) {
        var d = new Document();
        d.add(new StringField("id", String.valueOf(id), Field.Store.YES));
        d.add(new StoredField("body", body));
        return d;
    }

    private static List<String> codecs(Directory dir) throws IOException {
        var out = new java.util.ArrayList<String>();
        for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(dir)) {
            out.add(segment.info.getCodec().getName());
        }
        return out;
    }
}
