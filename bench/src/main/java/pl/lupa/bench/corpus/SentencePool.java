package pl.lupa.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import pl.lupa.ingest.Article;
import pl.lupa.ingest.ArticleReader;
import pl.lupa.ingest.Format;
import pl.lupa.ingest.ReadResult;
import pl.lupa.ingest.SkippedInputException;

/**
 * The real Polish sentences and headlines the scale corpus is recombined from: the project's
 * sample articles, read by Lupa's own ingest (so front matter, page chrome and boilerplate are
 * not part of them), plus, optionally, a JSON Lines file of third-party text for a wider
 * vocabulary. The order is fixed (files sorted by path), so the same input gives the same pool.
 */
public final class SentencePool {

    /** Bounds the memory an arbitrarily large extra file can take. */
    static final int MAX_EXTRA_SENTENCES = 200_000;

    private static final int MIN_SENTENCES = 20;
    private static final int MAX_TITLE_CHARS = 120;

    private final List<String> sentences;
    private final List<String> titles;
    private final String fingerprint;

    private SentencePool(List<String> sentences, List<String> titles) {
        this.sentences = List.copyOf(sentences);
        this.titles = List.copyOf(titles);
        this.fingerprint = digest(this.sentences, this.titles);
    }

    static SentencePool of(List<String> sentences, List<String> titles) {
        if (sentences.size() < MIN_SENTENCES || titles.isEmpty()) {
            throw new IllegalArgumentException("too few sentences (" + sentences.size() + ") or titles ("
                    + titles.size() + ") to recombine; need at least " + MIN_SENTENCES + " sentences and one title");
        }
        return new SentencePool(sentences, titles);
    }

    /**
     * @param samples   folder of articles in any format Lupa reads
     * @param extraText JSON Lines with a {@code text} field, e.g. a news dump
     */
    public static SentencePool load(Path samples, Optional<Path> extraText) throws IOException {
        if (!Files.isDirectory(samples)) {
            throw new IOException("sample articles folder not found: " + samples + " (give it with --samples)");
        }
        var sentences = new LinkedHashSet<String>();
        var titles = new LinkedHashSet<String>();
        for (Path file : articleFiles(samples)) {
            String id = samples.relativize(file).toString().replace('\\', '/');
            for (Article a : read(file, id)) {
                sentences.addAll(Sentences.split(a.body()));
                if (a.title().length() <= MAX_TITLE_CHARS) {
                    titles.add(a.title());
                }
            }
        }
        if (extraText.isPresent()) {
            addExtra(extraText.get(), sentences);
        }
        return of(new ArrayList<>(sentences), new ArrayList<>(titles));
    }

    public List<String> sentences() {
        return sentences;
    }

    public List<String> titles() {
        return titles;
    }

    /** SHA-256 of the pool: a reused corpus must come from the same sentences. */
    String fingerprint() {
        return fingerprint;
    }

    private static List<Path> articleFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hiddenOrReadme(root.relativize(p)))
                    .filter(p -> Format.of(p).isPresent())
                    .sorted(java.util.Comparator.comparing(
                            p -> root.relativize(p).toString().replace('\\', '/')))
                    .toList();
        }
    }

    private static boolean hiddenOrReadme(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return relative.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme");
    }

    /** The file's articles; a file ingest skips contributes nothing, as it would to the index. */
    private static List<Article> read(Path file, String id) throws IOException {
        Format format = Format.of(file).orElseThrow();
        var articles = new ArrayList<Article>();
        if (format == Format.JSON_LINES) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                readRecord(id, line).ifPresent(r -> articles.addAll(r.articles()));
            }
            return articles;
        }
        try {
            articles.addAll(
                    ArticleReader.read(id, Files.readAllBytes(file), format).articles());
        } catch (SkippedInputException e) {
            // Not an article (empty, binary): the index would skip it too.
        }
        return articles;
    }

    private static Optional<ReadResult> readRecord(String fileId, String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ArticleReader.readRecord(fileId, line));
        } catch (SkippedInputException e) {
            return Optional.empty(); // a malformed or empty record has no sentences
        }
    }

    private static void addExtra(Path file, LinkedHashSet<String> sentences) throws IOException {
        int added = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null && added < MAX_EXTRA_SENTENCES) {
                for (ReadResult r : readRecord("extra", line).stream().toList()) {
                    for (Article a : r.articles()) {
                        for (String s : Sentences.split(a.body())) {
                            if (added < MAX_EXTRA_SENTENCES && sentences.add(s)) {
                                added++;
                            }
                        }
                    }
                }
            }
        }
        if (added == 0) {
            throw new IOException("no sentences in " + file + "; expected JSON Lines with a \"text\" field");
        }
    }

    private static String digest(List<String> sentences, List<String> titles) {
        MessageDigest sha = ArticleReader.sha256();
        for (String s : sentences) {
            sha.update(s.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        sha.update((byte) 0);
        for (String t : titles) {
            sha.update(t.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
