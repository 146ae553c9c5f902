package pl.lupa.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index contract under {@code kill -9}: an index job killed at any moment leaves the last
 * commit (or a newer, complete one) readable and clean, and a second job on the same index
 * fails fast instead of waiting or corrupting it.
 */
class CrashSafetyTest {

    private static final long SEED = 20241015L;
    private static final int FIRST = 50;
    private static final int MORE = 3_000;
    private static final int ROUNDS = 6;
    private static final Duration JOB_LIMIT = Duration.ofMinutes(5);

    @TempDir
    Path tmp;

    @Test
    void killedIndexJobsLeaveTheLastCommitIntact() throws Exception {
        Path docs = tmp.resolve("docs");
        Path index = tmp.resolve("index");
        List<String> firstIds = Corpus.writeArticles(docs, SEED, 0, FIRST, 12);

        try (var first = ChildJvm.lupa("index", "--docs", docs.toString(), "--index", index.toString())) {
            assertThat(first.waitFor(JOB_LIMIT)).as(first.stderr()).isZero();
        }
        assertThat(Corpus.ids(index)).containsExactlyInAnyOrderElementsOf(firstIds);

        List<String> allIds = new ArrayList<>(firstIds);
        allIds.addAll(Corpus.writeArticles(docs, SEED, FIRST, FIRST + MORE, 12));

        // An uninterrupted run into a scratch index tells how long a job lives: the kill window.
        long started = System.nanoTime();
        try (var probe = ChildJvm.lupa(
                "index",
                "--docs",
                docs.toString(),
                "--index",
                tmp.resolve("scratch").toString(),
                "--full")) {
            assertThat(probe.waitFor(JOB_LIMIT)).as(probe.stderr()).isZero();
        }
        long jobMillis = (System.nanoTime() - started) / 1_000_000;
        Corpus.deleteTree(tmp.resolve("scratch"));

        var random = new Random(SEED);
        // One kill moment per slice of the window, in random order: early (JVM start, dictionary
        // load), middle (parsing, flushing segments) and late (commit) kills all happen. The
        // window reaches a little past the measured run, so a job may also just finish.
        long window = jobMillis * 6 / 5;
        var delays = new ArrayList<Long>();
        for (int round = 0; round < ROUNDS; round++) {
            long sliceStart = Math.max(50, window * round / ROUNDS);
            long sliceEnd = Math.max(sliceStart + 1, window * (round + 1) / ROUNDS);
            delays.add(sliceStart + (long) (random.nextDouble() * (sliceEnd - sliceStart)));
        }
        Collections.shuffle(delays, random);

        var log = new StringBuilder("uninterrupted job: " + jobMillis + " ms\n");
        for (int round = 0; round < ROUNDS; round++) {
            boolean full = round % 2 == 1;
            if (!full) {
                // Give the incremental job work even when an earlier round committed everything.
                for (int i = 0; i < 300; i++) {
                    int n = FIRST + random.nextInt(MORE);
                    Files.writeString(
                            docs.resolve(Corpus.idOf(n)),
                            Corpus.article(SEED + round + 1, n, 12),
                            StandardCharsets.UTF_8);
                }
            }
            long delay = delays.get(round);
            var args = new ArrayList<>(List.of("index", "--docs", docs.toString(), "--index", index.toString()));
            if (full) {
                args.add("--full");
            }
            boolean finished;
            try (var job = ChildJvm.lupa(args.toArray(String[]::new))) {
                finished = job.process().waitFor(delay, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (!finished) {
                    job.kill();
                } else {
                    assertThat(job.process().exitValue()).as(job.stderr()).isZero();
                }
            }
            Set<String> ids = assertIndexIsWhole(
                    index, "round " + round + (full ? " (--full)" : "") + ", killed after " + delay + " ms");
            assertThat(ids)
                    .as("round %d: every article of the first commit is still there", round)
                    .containsAll(firstIds);
            assertThat(ids.size())
                    .as("round %d: the first commit (%d) or a complete newer one (%d)", round, FIRST, FIRST + MORE)
                    .isIn(FIRST, FIRST + MORE);
            if (ids.size() == FIRST + MORE) {
                assertThat(ids).containsExactlyInAnyOrderElementsOf(allIds);
            }
            log.append(String.format(
                    "round %d %s: %s after %d ms, index holds %d documents%n",
                    round, full ? "--full" : "incremental", finished ? "finished" : "killed", delay, ids.size()));
        }
        System.out.print(log);

        // What the killed jobs left behind (a stale write.lock, unreferenced files) does not
        // stop the next job.
        try (var last = ChildJvm.lupa("index", "--docs", docs.toString(), "--index", index.toString())) {
            assertThat(last.waitFor(JOB_LIMIT)).as(last.stderr()).isZero();
        }
        assertThat(assertIndexIsWhole(index, "after a final uninterrupted job"))
                .containsExactlyInAnyOrderElementsOf(allIds);
    }

    /** Opens the index, runs CheckIndex over it and returns its ids. */
    private static Set<String> assertIndexIsWhole(Path index, String when) throws Exception {
        try (var dir = FSDirectory.open(index)) {
            Set<String> ids;
            try (var reader = DirectoryReader.open(dir)) {
                ids = Corpus.ids(reader);
                assertThat(reader.numDocs()).as(when).isEqualTo(ids.size());
            }
            var report = new ByteArrayOutputStream();
            try (var check = new CheckIndex(dir)) {
                check.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
                CheckIndex.Status status = check.checkIndex();
                assertThat(status.clean)
                        .as("%s: CheckIndex says\n%s", when, report.toString(StandardCharsets.UTF_8))
                        .isTrue();
            }
            return ids;
        }
    }

    @Test
    void aSecondJobFailsFastWhileAWriterHoldsTheIndex() throws Exception {
        Path docs = tmp.resolve("docs");
        Path index = tmp.resolve("index");
        Corpus.writeArticles(docs, SEED, 0, 20, 6);
        try (var dir = FSDirectory.open(index);
                var writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            try (var second = ChildJvm.lupa("index", "--docs", docs.toString(), "--index", index.toString())) {
                int exit = second.waitFor(Duration.ofMinutes(2));
                assertThat(exit).as(second.stderr()).isEqualTo(3);
                assertThat(second.stderr()).contains("another index job is running on");
            }
            assertThat(writer.isOpen()).isTrue();
        }
    }

    @Test
    void aSecondJobFailsFastWhileAnotherJobRuns() throws Exception {
        Path docs = tmp.resolve("docs");
        Path index = tmp.resolve("index");
        List<String> ids = Corpus.writeArticles(docs, SEED, 0, 400, 12);
        try (var first =
                ChildJvm.lupa("index", "--docs", docs.toString(), "--index", index.toString(), "--threads", "1")) {
            // The job announces its input once it holds the write lock; stopping it there (SIGSTOP)
            // makes "while one runs" a fact rather than a race.
            assertThat(first.awaitLine(line -> line.startsWith("indexing "), Duration.ofMinutes(2)))
                    .as("the first job starts; stderr:\n%s", first.stderr())
                    .isTrue();
            first.signal("STOP");
            try (var second = ChildJvm.lupa("index", "--docs", docs.toString(), "--index", index.toString())) {
                int exit = second.waitFor(Duration.ofMinutes(2));
                assertThat(exit).as(second.stderr()).isEqualTo(3);
                assertThat(second.stderr()).contains("another index job is running on");
            } finally {
                first.signal("CONT");
            }
            assertThat(first.waitFor(JOB_LIMIT))
                    .as("the first job is undisturbed: %s", first.stderr())
                    .isZero();
        }
        assertThat(Corpus.ids(index)).containsExactlyInAnyOrderElementsOf(ids);
    }
}
