package pl.lupa.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.lupa.ingest.Article;
import pl.lupa.ingest.ArticleReader;
import pl.lupa.ingest.DocsWalker;
import pl.lupa.ingest.Format;
import pl.lupa.ingest.ReadResult;
import pl.lupa.ingest.Skip;
import pl.lupa.ingest.SkipReason;
import pl.lupa.ingest.SkippedInputException;
import pl.lupa.ingest.SourceFile;

/**
 * One run of the index job over an open writer: lists the files, indexes new and changed ones on
 * the worker pool, deletes the documents of files that are gone, and commits. Nothing is visible
 * before the commit at its very end.
 */
final class IndexRun {

    private final List<Path> docRoots;
    private final int threads;
    private final boolean full;
    private final RunContext run;

    IndexRun(List<Path> docRoots, int threads, boolean full, RunContext run) {
        this.docRoots = docRoots;
        this.threads = threads;
        this.full = full;
        this.run = run;
    }

    IndexSummary execute(Instant start) throws IOException {
        var listing = DocsWalker.list(docRoots);
        run.tally().skipped.addAll(listing.skipped());
        run.listener()
                .started(
                        listing.files().size(),
                        listing.files().stream().mapToLong(SourceFile::size).sum());
        Set<String> seen = new HashSet<>();
        listing.skipped().forEach(s -> seen.add(s.where())); // an unreadable file keeps its old documents

        var feeds = new ArrayList<JsonLinesFeed>();
        try (var pool = new WorkerPool(threads)) {
            for (SourceFile file : listing.files()) {
                pool.checkFailure();
                seen.add(file.fileId());
                if (file.format() == Format.JSON_LINES) {
                    var feed = new JsonLinesFeed(file, run);
                    feed.submit(pool);
                    feeds.add(feed);
                } else {
                    pool.submit(() -> indexFile(file));
                }
            }
            pool.awaitAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        }
        feeds.forEach(JsonLinesFeed::countGone);
        for (Map.Entry<String, ArticleStore.Previous.FileState> entry :
                run.previous().files().entrySet()) {
            if (!seen.contains(entry.getKey())) {
                run.store().deleteFile(entry.getKey());
                run.tally().deleted.addAndGet(entry.getValue().documents());
            }
        }
        run.listener().finished();
        long total = run.store().commit(Map.of("lupa.committed", Instant.now().toString()));
        return run.tally().summary((int) total, Duration.between(start, Instant.now()), full);
    }

    /** A .txt, .md or .html file: one article. */
    private void indexFile(SourceFile file) throws IOException {
        RunTally tally = run.tally();
        try {
            if (file.size() > run.maxBytes()) {
                throw new SkippedInputException(
                        SkipReason.TOO_LARGE, String.format("%d bytes, limit %d", file.size(), run.maxBytes()));
            }
            byte[] bytes = Files.readAllBytes(file.path());
            tally.addBytes(bytes.length);
            if (bytes.length > run.maxBytes()) {
                throw new SkippedInputException(SkipReason.TOO_LARGE, "grew past the limit while read");
            }
            String hash = ArticleReader.hash(bytes);
            ArticleStore.Previous.FileState before = run.previous().file(file.fileId());
            if (before != null && before.hash().equals(hash)) {
                tally.unchanged.addAndGet(before.documents());
                return;
            }
            ReadResult result = ArticleReader.read(file.fileId(), bytes, file.format());
            tally.warnings.addAll(result.warnings());
            List<Article> articles = result.articles();
            for (Article article : articles) {
                run.store().replace(run.documents().of(article, file.fileId(), hash, hash, run.memory()));
                (before != null ? tally.updated : tally.added).incrementAndGet();
                run.listener().documentIndexed(article.id());
            }
        } catch (SkippedInputException e) {
            tally.skipped.add(Skip.of(file.fileId(), e));
        } catch (NoSuchFileException e) {
            tally.skipped.add(new Skip(file.fileId(), SkipReason.UNREADABLE, "vanished while indexing"));
        } catch (AccessDeniedException e) {
            tally.skipped.add(new Skip(file.fileId(), SkipReason.UNREADABLE, "no permission to read"));
        }
    }
}
