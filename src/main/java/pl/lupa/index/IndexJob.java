package pl.lupa.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import pl.lupa.extract.Amount;
import pl.lupa.extract.Entities;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.ingest.Article;
import pl.lupa.ingest.ArticleReader;
import pl.lupa.ingest.Format;
import pl.lupa.ingest.ReadResult;
import pl.lupa.ingest.Skip;
import pl.lupa.ingest.SkipReason;
import pl.lupa.ingest.SkippedInputException;
import pl.lupa.ingest.TextDecoder;

/**
 * Builds or updates the index from the docs roots.
 *
 * <p>Incremental by default: a file whose content hash equals the one in the index is skipped;
 * a changed file's documents are replaced; documents of files no longer under the roots are
 * deleted. {@code full} rebuilds from scratch. Either way all changes become visible in one
 * commit at the end: until then searchers (and a crash, or {@code kill -9}) see the previous
 * commit, whole. A failure before the commit rolls back and leaves that commit untouched.
 *
 * <p>Files are parsed, analysed and indexed on several threads; a JSON Lines file is split in
 * batches of records, so one large feed also uses every core.
 */
public final class IndexJob {

    /**
     * @param docRoots     folders to read
     * @param indexDir     the index folder, created when missing
     * @param full         rebuild from scratch instead of updating
     * @param maxFileBytes files (and JSON Lines records) larger than this are skipped
     * @param threads      indexing threads
     */
    public record Options(List<Path> docRoots, Path indexDir, boolean full, long maxFileBytes, int threads) {

        public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

        public Options {
            docRoots = List.copyOf(docRoots);
            if (docRoots.isEmpty()) {
                throw new IllegalArgumentException("at least one docs folder is needed");
            }
            if (maxFileBytes <= 0 || threads <= 0) {
                throw new IllegalArgumentException("maxFileBytes and threads must be positive");
            }
        }

        public static Options of(List<Path> docRoots, Path indexDir, boolean full) {
            return new Options(docRoots, indexDir, full, DEFAULT_MAX_FILE_BYTES, Runtime.getRuntime().availableProcessors());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH_RECORDS = 256;

    private final Options options;
    private final EntityExtractor extractor;
    private final org.apache.lucene.facet.FacetsConfig facetsConfig = ArticleSchema.facetsConfig();
    private final IndexListener listener;

    public IndexJob(Options options, EntityExtractor extractor, IndexListener listener) {
        this.options = options;
        this.extractor = extractor;
        this.listener = listener;
    }

    public IndexSummary run() throws IOException {
        for (Path root : options.docRoots()) {
            if (!Files.isDirectory(root)) {
                throw new NoSuchFileException(root.toString(), null, "docs folder not found");
            }
        }
        Instant start = Instant.now();
        Files.createDirectories(options.indexDir());
        try (Directory dir = FSDirectory.open(options.indexDir())) {
            var config = new IndexWriterConfig(ArticleSchema.indexAnalyzer())
                    .setOpenMode(options.full() ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(128)
                    .setCodec(new LupaCodec())
                    .setCommitOnClose(false);
            if (options.full()) {
                setAsideUnreadableCommit(dir);
            }
            IndexWriter writer;
            try {
                writer = new IndexWriter(dir, config);
            } catch (LockObtainFailedException e) {
                throw new IndexLockedException(options.indexDir(), e);
            }
            try {
                var run = new Run(writer, previousState(dir));
                IndexSummary summary = run.execute(start);
                writer.close();
                return summary;
            } catch (Throwable t) {
                listener.finished();
                // After a tragic failure (a full disk while flushing) the writer closes itself and
                // the other threads fail with "this IndexWriter is closed": report the cause.
                Throwable tragedy = writer.getTragicException();
                writer.rollback();
                if (t instanceof AlreadyClosedException && tragedy != null) {
                    tragedy.addSuppressed(t);
                    if (tragedy instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException(tragedy.getMessage(), tragedy);
                }
                throw t;
            }
        }
    }

    /**
     * A rebuild does not need the commit it replaces, but IndexWriter reads it even in CREATE
     * mode, so an unreadable one (garbage, cut short, another format) would make {@code --full}
     * fail: its segments files are renamed aside ({@code unreadable-segments_N}), under the write
     * lock. The segment files it referenced are then unreferenced and the writer removes them.
     */
    private void setAsideUnreadableCommit(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return;
        }
        try {
            SegmentInfos.readLatestCommit(dir);
            return;
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | java.io.EOFException
                | NoSuchFileException unreadable) {
            // set aside below
        }
        try (var lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String name : dir.listAll()) {
                if (name.startsWith(IndexFileNames.SEGMENTS + "_") || name.startsWith(IndexFileNames.PENDING_SEGMENTS)) {
                    dir.rename(name, "unreadable-" + name);
                }
            }
            dir.syncMetaData();
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(options.indexDir(), e);
        }
    }

    /** File id → hash and document count of the last commit (empty for a full rebuild). */
    private Map<String, FileState> previousState(Directory dir) throws IOException {
        if (options.full() || !DirectoryReader.indexExists(dir)) {
            return Map.of();
        }
        var state = new HashMap<String, FileState>();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedSetDocValues files = leaf.reader().getSortedSetDocValues(ArticleSchema.FILE);
                SortedDocValues hashes = leaf.reader().getSortedDocValues(ArticleSchema.FILE_HASH);
                if (files == null || hashes == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = files.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = files.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    String file = files.lookupOrd(files.nextOrd()).utf8ToString();
                    String hash = hashes.advanceExact(doc) ? hashes.lookupOrd(hashes.ordValue()).utf8ToString() : "";
                    state.merge(file, new FileState(hash, 1), (a, b) -> new FileState(a.hash(), a.documents() + 1));
                }
            }
        }
        return state;
    }

    private record FileState(String hash, int documents) {
    }

    /** The record ids a changed feed had and has. */
    private record ReplacedFeed(Set<String> oldIds, Set<String> newIds) {
    }

    /** The mutable state of one run, shared by the indexing threads. */
    private final class Run {
        private final IndexWriter writer;
        private final Map<String, FileState> previous;
        private final AtomicInteger added = new AtomicInteger();
        private final AtomicInteger updated = new AtomicInteger();
        private final AtomicInteger deleted = new AtomicInteger();
        private final AtomicInteger unchanged = new AtomicInteger();
        private final List<Skip> skipped = Collections.synchronizedList(new ArrayList<>());
        private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final List<ReplacedFeed> replacedFeeds = new ArrayList<>();
        private long bytesRead;

        Run(IndexWriter writer, Map<String, FileState> previous) {
            this.writer = writer;
            this.previous = previous;
        }

        IndexSummary execute(Instant start) throws IOException {
            var listing = DocsWalker.list(options.docRoots());
            skipped.addAll(listing.skipped());
            listener.started(listing.files().size(), listing.files().stream().mapToLong(SourceFile::size).sum());
            Set<String> seen = new HashSet<>();
            listing.skipped().forEach(s -> seen.add(s.where())); // an unreadable file keeps its old documents

            ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
                var t = new Thread(runnable, "lupa-index");
                t.setDaemon(true);
                return t;
            });
            var inFlight = new Semaphore(options.threads() * 4);
            try {
                for (SourceFile file : listing.files()) {
                    checkFailure();
                    seen.add(file.fileId());
                    if (file.format() == Format.JSON_LINES) {
                        readJsonLines(file, pool, inFlight);
                    } else {
                        submit(pool, inFlight, () -> indexFile(file));
                    }
                }
                pool.shutdown();
                while (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
                    checkFailure();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("indexing interrupted", e);
            } finally {
                pool.shutdownNow();
            }
            checkFailure();
            for (ReplacedFeed feed : replacedFeeds) {
                feed.oldIds().stream().filter(id -> !feed.newIds().contains(id)).forEach(id -> deleted.incrementAndGet());
            }

            for (var entry : previous.entrySet()) {
                if (!seen.contains(entry.getKey())) {
                    writer.deleteDocuments(new Term(ArticleSchema.FILE, entry.getKey()));
                    deleted.addAndGet(entry.getValue().documents());
                }
            }
            listener.finished();
            writer.setLiveCommitData(Map.of("lupa.committed", Instant.now().toString()).entrySet());
            writer.commit();
            int total = writer.getDocStats().numDocs;
            return new IndexSummary(added.get(), updated.get(), deleted.get(), unchanged.get(), skipped, warnings,
                    total, bytesRead, Duration.between(start, Instant.now()), options.full());
        }

        private void submit(ExecutorService pool, Semaphore inFlight, IoTask task) throws InterruptedException {
            inFlight.acquire();
            pool.execute(() -> {
                try {
                    if (failure.get() == null) {
                        task.run();
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    inFlight.release();
                }
            });
        }

        private void checkFailure() throws IOException {
            Throwable t = failure.get();
            if (t instanceof IOException io) {
                throw io;
            }
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IOException(t);
            }
        }

        /** A .txt, .md or .html file: one article. */
        private void indexFile(SourceFile file) throws IOException {
            try {
                if (file.size() > options.maxFileBytes()) {
                    throw new SkippedInputException(SkipReason.TOO_LARGE,
                            String.format("%d bytes, limit %d", file.size(), options.maxFileBytes()));
                }
                byte[] bytes = Files.readAllBytes(file.path());
                addBytes(bytes.length);
                if (bytes.length > options.maxFileBytes()) {
                    throw new SkippedInputException(SkipReason.TOO_LARGE, "grew past the limit while read");
                }
                String hash = ArticleReader.hash(bytes);
                FileState before = previous.get(file.fileId());
                if (before != null && before.hash().equals(hash)) {
                    unchanged.addAndGet(before.documents());
                    return;
                }
                ReadResult result = ArticleReader.read(file.fileId(), bytes, file.format());
                warnings.addAll(result.warnings());
                for (Article article : result.articles()) {
                    var doc = ArticleSchema.document(prepare(article, file.fileId(), hash, hash), facetsConfig);
                    refusable(() -> writer.updateDocument(new Term(ArticleSchema.ID, article.id()), doc));
                    (before != null ? updated : added).incrementAndGet();
                    listener.documentIndexed(article.id());
                }
            } catch (SkippedInputException e) {
                skipped.add(Skip.of(file.fileId(), e));
            } catch (NoSuchFileException e) {
                skipped.add(new Skip(file.fileId(), SkipReason.UNREADABLE, "vanished while indexing"));
            } catch (java.nio.file.AccessDeniedException e) {
                skipped.add(new Skip(file.fileId(), SkipReason.UNREADABLE, "no permission to read"));
            }
        }

        /**
         * A JSON Lines feed: hashed first (unchanged feeds cost one read); a changed feed is
         * replaced whole, its records counted as added, updated or unchanged by content.
         */
        private void readJsonLines(SourceFile file, ExecutorService pool, Semaphore inFlight) throws IOException, InterruptedException {
            String hash;
            try {
                hash = hashFile(file.path());
            } catch (NoSuchFileException | java.nio.file.AccessDeniedException e) {
                skipped.add(new Skip(file.fileId(), SkipReason.UNREADABLE, "cannot read: " + e.getMessage()));
                return;
            }
            FileState before = previous.get(file.fileId());
            if (before != null && before.hash().equals(hash)) {
                unchanged.addAndGet(before.documents());
                addBytes(file.size());
                return;
            }
            Map<String, String> oldRecords = before == null ? Map.of() : recordsOf(file.fileId());
            if (before != null) {
                writer.deleteDocuments(new Term(ArticleSchema.FILE, file.fileId()));
            }
            Set<String> ids = ConcurrentHashMap.newKeySet();
            try (InputStream in = Files.newInputStream(file.path())) {
                var lines = new LineReader(in, options.maxFileBytes());
                var batch = new ArrayList<LineReader.Line>(BATCH_RECORDS);
                LineReader.Line line;
                while ((line = lines.next()) != null) {
                    batch.add(line);
                    if (batch.size() == BATCH_RECORDS) {
                        submitBatch(file, hash, batch, ids, oldRecords, pool, inFlight);
                        batch = new ArrayList<>(BATCH_RECORDS);
                    }
                    checkFailure();
                }
                submitBatch(file, hash, batch, ids, oldRecords, pool, inFlight);
            }
            // Records of the old feed that are gone went with the delete above; they are counted
            // once the workers have seen every record.
            if (!oldRecords.isEmpty()) {
                replacedFeeds.add(new ReplacedFeed(oldRecords.keySet(), ids));
            }
        }

        private void submitBatch(SourceFile file, String hash, List<LineReader.Line> batch, Set<String> ids,
                Map<String, String> oldRecords, ExecutorService pool, Semaphore inFlight) throws InterruptedException {
            if (batch.isEmpty()) {
                return;
            }
            submit(pool, inFlight, () -> {
                long bytes = 0;
                for (LineReader.Line line : batch) {
                    bytes += line.length() + 1;
                    indexRecord(file, hash, line, ids, oldRecords);
                }
                addBytes(bytes);
            });
        }

        private void indexRecord(SourceFile file, String hash, LineReader.Line line, Set<String> ids,
                Map<String, String> oldRecords) throws IOException {
            String where = file.fileId() + ":" + line.number();
            try {
                if (line.oversized()) {
                    throw new SkippedInputException(SkipReason.TOO_LARGE,
                            String.format("record of %d bytes, limit %d", line.length(), options.maxFileBytes()));
                }
                String text = TextDecoder.decodeUtf8(line.bytes(), 0, line.bytes().length);
                if (text.isBlank()) {
                    return; // blank lines separate nothing and are no record
                }
                ReadResult result = ArticleReader.readRecord(file.fileId(), text);
                warnings.addAll(result.warnings());
                for (Article article : result.articles()) {
                    if (!ids.add(article.id())) {
                        throw new SkippedInputException(SkipReason.DUPLICATE_ID, "id already used earlier in the file: " + article.id());
                    }
                    String contentHash = ArticleReader.hash(text);
                    var doc = ArticleSchema.document(prepare(article, file.fileId(), hash, contentHash), facetsConfig);
                    refusable(() -> writer.addDocument(doc));
                    String old = oldRecords.get(article.id());
                    (old == null ? added : old.equals(contentHash) ? unchanged : updated).incrementAndGet();
                    listener.documentIndexed(article.id());
                }
            } catch (SkippedInputException e) {
                skipped.add(Skip.of(where, e));
            }
        }

        /** id → content hash of the records a feed had in the last commit. */
        private Map<String, String> recordsOf(String fileId) throws IOException {
            var records = new HashMap<String, String>();
            try (DirectoryReader reader = DirectoryReader.open(writer.getDirectory())) {
                var searcher = new IndexSearcher(reader);
                var hits = searcher.search(new TermQuery(new Term(ArticleSchema.FILE, fileId)), Math.max(1, reader.maxDoc()));
                var stored = searcher.storedFields();
                for (ScoreDoc hit : hits.scoreDocs) {
                    var doc = stored.document(hit.doc, Set.of(ArticleSchema.ID, ArticleSchema.CONTENT_HASH));
                    records.put(doc.get(ArticleSchema.ID), doc.get(ArticleSchema.CONTENT_HASH));
                }
            }
            return records;
        }

        private synchronized void addBytes(long bytes) {
            bytesRead += bytes;
            listener.advanced(bytes);
        }
    }

    @FunctionalInterface
    private interface IoTask {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface Write {
        long run() throws IOException;
    }

    /**
     * Lucene refuses a document it cannot index (a term over 32 KB) without harm to the others:
     * that is a skip of this input, not a failure of the job.
     */
    private static void refusable(Write write) throws IOException, SkippedInputException {
        try {
            write.run();
        } catch (IllegalArgumentException e) {
            throw new SkippedInputException(SkipReason.MALFORMED, "refused by the index: " + e.getMessage());
        }
    }

    /** Extraction over title and body, then the flat record the schema turns into a document. */
    IndexedArticle prepare(Article a, String fileId, String fileHash, String contentHash) {
        Entities entities = extractor.extract(a.text(), a.date());
        List<Long> usd = entities.amounts().stream().map(Amount::usd).filter(v -> v != null).toList();
        String json;
        try {
            json = JSON.writeValueAsString(entities);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("entities are plain records", e);
        }
        return new IndexedArticle(a.id(), fileId, fileHash, contentHash, a.title(), a.date(), a.url(), a.source(),
                a.author(), a.body(), entities.companies(), usd, json);
    }

    private static String hashFile(Path path) throws IOException {
        var digest = ArticleReader.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
