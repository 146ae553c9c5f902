package pl.lupa.bench.measure;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import pl.lupa.bench.corpus.CorpusFiles;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.Gazetteer;
import pl.lupa.index.IndexJob;
import pl.lupa.index.IndexListener;
import pl.lupa.index.IndexSummary;

/**
 * Times Lupa's index job and the plain-Lucene baseline over the same corpus, each after a
 * full GC and with its heap sampled.
 */
public final class IndexingBench {

    private final int threads;
    private final PrintWriter log;

    public IndexingBench(int threads, PrintWriter log) {
        this.threads = threads;
        this.log = log;
    }

    /**
     * Indexes the first records with both indexers and throws the result away, so neither
     * timed run pays for class loading and JIT compilation of code the other already warmed.
     */
    public void warmUp(Path corpus, Path work, int docs) throws IOException {
        Path folder = work.resolve("warmup");
        Path sample = folder.resolve("corpus").resolve("corpus.jsonl");
        Files.createDirectories(sample.getParent());
        copyFirstLines(corpus, sample, docs);
        log.printf("warm-up: indexing the first %d articles with both indexers%n", docs);
        log.flush();
        runLupa(sample.getParent(), folder.resolve("index-lupa"), IndexListener.NONE);
        BaselineIndexer.index(sample, folder.resolve("index-baseline"), threads);
        deleteTree(folder);
    }

    public IndexingResult lupa(CorpusFiles.Corpus corpus, Path indexDir) throws IOException {
        log.printf("indexing: Lupa index job, full rebuild, %d threads%n", threads);
        log.flush();
        IndexSummary summary;
        double seconds;
        HeapSampler.Usage heap;
        try (var sampler = HeapSampler.start()) {
            long start = System.nanoTime();
            summary = runLupa(corpus.folder(), indexDir, new Progress(corpus.bytes()));
            seconds = (System.nanoTime() - start) / 1e9;
            heap = sampler.usage();
        }
        if (summary.added() != corpus.docs()) {
            log.printf(
                    "  note: the job added %d of %d records (%d skipped)%n",
                    summary.added(), corpus.docs(), summary.skipped().size());
        }
        return new IndexingResult(
                "Lupa index job (full)",
                threads,
                summary.added(),
                corpus.bytes(),
                seconds,
                heap,
                folderSize(indexDir),
                summary.skipped().size());
    }

    public IndexingResult baseline(CorpusFiles.Corpus corpus, Path indexDir) throws IOException {
        log.printf("indexing: plain Lucene baseline, %d threads%n", threads);
        log.flush();
        BaselineIndexer.preload();
        long docs;
        double seconds;
        HeapSampler.Usage heap;
        try (var sampler = HeapSampler.start()) {
            long start = System.nanoTime();
            docs = BaselineIndexer.index(corpus.file(), indexDir, threads);
            seconds = (System.nanoTime() - start) / 1e9;
            heap = sampler.usage();
        }
        return new IndexingResult(
                "plain Lucene baseline", threads, docs, corpus.bytes(), seconds, heap, folderSize(indexDir), 0);
    }

    private IndexSummary runLupa(Path docsFolder, Path indexDir, IndexListener listener) throws IOException {
        var options = new IndexJob.Options(
                List.of(docsFolder), indexDir, true, IndexJob.Options.DEFAULT_MAX_FILE_BYTES, threads);
        return new IndexJob(options, new EntityExtractor(Gazetteer.bundled()), listener).run();
    }

    /** A log line every ten seconds, so a long run shows it is alive. */
    private final class Progress implements IndexListener {
        private static final long EVERY_NANOS = 10_000_000_000L;
        private final long total;
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicLong docs = new AtomicLong();
        private volatile long last = System.nanoTime();

        Progress(long total) {
            this.total = total;
        }

        @Override
        public void advanced(long n) {
            long done = bytes.addAndGet(n);
            long now = System.nanoTime();
            if (now - last > EVERY_NANOS) {
                last = now;
                synchronized (log) {
                    log.printf(
                            "  %.0f%% of %.0f MB, %d articles%n",
                            100.0 * done / Math.max(1, total), total / 1e6, docs.get());
                    log.flush();
                }
            }
        }

        @Override
        public void documentIndexed(String id) {
            docs.incrementAndGet();
        }
    }

    static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void copyFirstLines(Path from, Path to, int lines) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            String line;
            for (int i = 0; i < lines && (line = in.readLine()) != null; i++) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
