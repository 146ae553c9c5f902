package pl.lupa.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import morfologik.stemming.Dictionary;
import morfologik.stemming.polish.PolishStemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The yardstick for Lupa's indexing: what plain Lucene with Polish lemmas costs on the same
 * records and threads. One analysed, unstored field of title and body; no
 * extraction, no facets, no stored fields, no exact-form fields; one commit at the end. The
 * work is split like the index job splits a feed (batches of records on a fixed pool), so
 * the difference is what Lupa does per document, not how it schedules.
 */
final class BaselineIndexer {

    static final String FIELD = "body";
    /**
     * Half the index job's 128 MB: the baseline's documents are a fraction of Lupa's in memory,
     * and Lupa's job measured within noise at 32, 64 and 128 MB (BENCHMARKS.md).
     */
    static final double RAM_BUFFER_MB = 64;

    private static final int BATCH_RECORDS = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final class Holder {
        static final Dictionary POLISH = new PolishStemmer().getDictionary();
    }

    private BaselineIndexer() {}

    /** StandardTokenizer → LowerCaseFilter → Morfologik lemmas (cached per thread). */
    static Analyzer analyzer() {
        Dictionary dictionary = Holder.POLISH;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(
                        tokenizer, new CachingMorfologikFilter(new LowerCaseFilter(tokenizer), dictionary));
            }
        };
    }

    /** Loads the dictionary now, so a timed run does not pay for it. */
    static void preload() {
        Holder.POLISH.getClass();
    }

    /** Indexes every record of the JSON Lines file; returns how many. */
    static long index(Path corpus, Path indexDir, int threads) throws IOException {
        Files.createDirectories(indexDir);
        var config = new IndexWriterConfig(analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
        try (Directory dir = FSDirectory.open(indexDir);
                IndexWriter writer = new IndexWriter(dir, config)) {
            long docs = feed(corpus, writer, threads);
            writer.commit();
            return docs;
        }
    }

    private static long feed(Path corpus, IndexWriter writer, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            var t = new Thread(r, "bench-baseline-index");
            t.setDaemon(true);
            return t;
        });
        var inFlight = new Semaphore(threads * 4);
        var failure = new AtomicReference<Throwable>();
        var docs = new AtomicLong();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(corpus), StandardCharsets.UTF_8), 1 << 16)) {
            var batch = new ArrayList<String>(BATCH_RECORDS);
            String line;
            while (failure.get() == null && (line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                batch.add(line);
                if (batch.size() == BATCH_RECORDS) {
                    submit(pool, inFlight, failure, docs, writer, batch);
                    batch = new ArrayList<>(BATCH_RECORDS);
                }
            }
            submit(pool, inFlight, failure, docs, writer, batch);
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IOException("baseline indexing did not finish within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("baseline indexing interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        Throwable t = failure.get();
        if (t != null) {
            throw new IOException("baseline indexing failed: " + t, t);
        }
        return docs.get();
    }

    private static void submit(
            ExecutorService pool,
            Semaphore inFlight,
            AtomicReference<Throwable> failure,
            AtomicLong docs,
            IndexWriter writer,
            List<String> batch)
            throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        inFlight.acquire();
        pool.execute(() -> {
            try {
                for (String line : batch) {
                    writer.addDocument(document(line));
                    docs.incrementAndGet();
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                inFlight.release();
            }
        });
    }

    private static Document document(String line) throws IOException {
        JsonNode node = JSON.readTree(line);
        var doc = new Document();
        doc.add(new TextField(
                FIELD, node.path("title").asText() + "\n\n" + node.path("text").asText(), Field.Store.NO));
        return doc;
    }
}
