package pl.lupa.bench.corpus;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The corpus of a benchmark run in its work folder: {@code corpus/corpus.jsonl} alone in its
 * folder (the index job reads whole folders), described by {@code corpus.properties}. A corpus
 * is reused only when it was written whole from the same pool, seed, size and generator.
 */
public final class CorpusFiles {

    /** Where the corpus is, whether this run wrote it, and what writing it took. */
    public record Corpus(Path folder, Path file, long docs, long bytes, boolean reused, double generateSeconds) {}

    private CorpusFiles() {}

    public static Corpus ensure(Path work, long docs, long seed, SentencePool pool, PrintWriter log)
            throws IOException {
        Path folder = work.resolve("corpus");
        Path file = folder.resolve("corpus.jsonl");
        Path metaFile = work.resolve("corpus.properties");
        Properties wanted = new Properties();
        wanted.setProperty("generator", String.valueOf(CorpusGenerator.VERSION));
        wanted.setProperty("docs", String.valueOf(docs));
        wanted.setProperty("seed", String.valueOf(seed));
        wanted.setProperty("pool", pool.fingerprint());

        Properties existing = read(metaFile);
        if (existing != null
                && Files.isRegularFile(file)
                && sameCorpus(wanted, existing)
                && String.valueOf(Files.size(file)).equals(existing.getProperty("bytes"))) {
            log.printf("corpus: reusing %s (%d articles, %.1f MB)%n", file, docs, Files.size(file) / 1e6);
            log.flush();
            return new Corpus(folder, file, docs, Files.size(file), true, 0);
        }
        Files.deleteIfExists(metaFile);
        log.printf(
                "corpus: generating %d articles into %s (seed %d, %d sentences)%n",
                docs, file, seed, pool.sentences().size());
        log.flush();
        long start = System.nanoTime();
        var written = new CorpusGenerator(pool, seed).write(file, docs, n -> {
            if (n % 100_000 == 0) {
                log.printf("  %d articles%n", n);
                log.flush();
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        wanted.setProperty("bytes", String.valueOf(written.bytes()));
        try (Writer out = Files.newBufferedWriter(metaFile, StandardCharsets.UTF_8)) {
            wanted.store(out, "scale corpus of 'lupa bench'; the corpus is reused while these match");
        }
        log.printf(
                "corpus: %d articles, %.1f MB (%.0f bytes each on average) in %.1f s%n",
                docs, written.bytes() / 1e6, written.averageBytes(), seconds);
        log.flush();
        return new Corpus(folder, file, docs, written.bytes(), false, seconds);
    }

    private static boolean sameCorpus(Properties wanted, Properties existing) {
        return wanted.stringPropertyNames().stream()
                .allMatch(k -> wanted.getProperty(k).equals(existing.getProperty(k)));
    }

    private static Properties read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        var p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
