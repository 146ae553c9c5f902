package pl.lupa.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import pl.lupa.ingest.Article;
import pl.lupa.ingest.ArticleReader;
import pl.lupa.ingest.LineReader;
import pl.lupa.ingest.ReadResult;
import pl.lupa.ingest.Skip;
import pl.lupa.ingest.SkipReason;
import pl.lupa.ingest.SkippedInputException;
import pl.lupa.ingest.SourceFile;
import pl.lupa.ingest.TextDecoder;

/**
 * One JSON Lines feed in a run. It is hashed first, so an unchanged feed costs one read; a changed
 * feed is replaced whole, its records read in batches that the worker pool indexes in parallel
 * (one large feed uses every core) and counted as added, updated or unchanged by their content.
 */
final class JsonLinesFeed {

    private static final int BATCH_RECORDS = 256;

    private final SourceFile file;
    private final RunContext run;
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private Map<String, String> oldRecords = Map.of();
    private String hash;

    JsonLinesFeed(SourceFile file, RunContext run) {
        this.file = file;
        this.run = run;
    }

    /** Reads the feed and hands its records to the pool; an unreadable feed is a skip. */
    void submit(WorkerPool pool) throws IOException, InterruptedException {
        try {
            hash = hashFile(file.path());
        } catch (NoSuchFileException | AccessDeniedException e) {
            run.tally().skipped.add(new Skip(file.fileId(), SkipReason.UNREADABLE, "cannot read: " + e.getMessage()));
            return;
        }
        ArticleStore.Previous.FileState before = run.previous().file(file.fileId());
        if (before != null && before.hash().equals(hash)) {
            run.tally().unchanged.addAndGet(before.documents());
            run.tally().addBytes(file.size());
            return;
        }
        if (before != null) {
            oldRecords = run.previous().recordsOf(file.fileId());
            run.store().deleteFile(file.fileId());
        }
        try (InputStream in = Files.newInputStream(file.path())) {
            var lines = new LineReader(in, run.maxBytes());
            var batch = new ArrayList<LineReader.Line>(BATCH_RECORDS);
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                batch.add(line);
                if (batch.size() == BATCH_RECORDS) {
                    submitBatch(batch, pool);
                    batch = new ArrayList<>(BATCH_RECORDS);
                }
                pool.checkFailure();
            }
            submitBatch(batch, pool);
        }
    }

    /**
     * Counts the records of the old feed that are gone (they went with the delete of the whole
     * feed); call once the pool has indexed every record.
     */
    void countGone() {
        oldRecords.keySet().stream()
                .filter(id -> !ids.contains(id))
                .forEach(id -> run.tally().deleted.incrementAndGet());
    }

    private void submitBatch(List<LineReader.Line> batch, WorkerPool pool) throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        pool.submit(() -> {
            long bytes = 0;
            for (LineReader.Line line : batch) {
                bytes += line.length() + 1;
                index(line);
            }
            run.tally().addBytes(bytes);
        });
    }

    private void index(LineReader.Line line) throws IOException {
        String where = file.fileId() + ":" + line.number();
        try {
            if (line.oversized()) {
                throw new SkippedInputException(
                        SkipReason.TOO_LARGE,
                        String.format("record of %d bytes, limit %d", line.length(), run.maxBytes()));
            }
            String text = TextDecoder.decodeUtf8(line.bytes(), 0, line.bytes().length);
            if (text.isBlank()) {
                return; // blank lines separate nothing and are no record
            }
            ReadResult result = ArticleReader.readRecord(file.fileId(), text);
            run.tally().warnings.addAll(result.warnings());
            for (Article article : result.articles()) {
                if (!ids.add(article.id())) {
                    throw new SkippedInputException(
                            SkipReason.DUPLICATE_ID, "id already used earlier in the file: " + article.id());
                }
                String contentHash = ArticleReader.hash(text);
                run.store().add(run.documents().of(article, file.fileId(), hash, contentHash, run.memory()));
                String old = oldRecords.get(article.id());
                (old == null
                                ? run.tally().added
                                : old.equals(contentHash) ? run.tally().unchanged : run.tally().updated)
                        .incrementAndGet();
                run.listener().documentIndexed(article.id());
            }
        } catch (SkippedInputException e) {
            run.tally().skipped.add(Skip.of(where, e));
        }
    }

    private static String hashFile(Path path) throws IOException {
        var digest = ArticleReader.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
