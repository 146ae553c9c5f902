package pl.lupa.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.Gazetteer;
import pl.lupa.index.IndexJob;
import pl.lupa.index.IndexListener;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.SearchRequest;

/**
 * A disk that fills up during indexing: the job fails with a clear message, the previous
 * commit stays intact and searchable, and once there is room again the next job succeeds.
 *
 * <p>The index lives on a small tmpfs mounted for the test, so the failures are the real ones
 * of the operating system, at whatever point the space runs out (a filler file leaves a chosen
 * amount of room). Mounting needs root (or CAP_SYS_ADMIN); elsewhere the test is skipped.
 */
class DiskFullTest {

    private static final long SEED = 99L;
    private static final int FIRST = 20;
    private static final int MORE = 1_500;
    private static final String DISK_SIZE = "16m";

    @TempDir
    Path tmp;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectories(tmp.resolve("disk"));
        int exit;
        String output;
        try {
            var mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + DISK_SIZE, "tmpfs", disk.toString())
                    .redirectErrorStream(true)
                    .start();
            output = new String(mount.getInputStream().readAllBytes());
            exit = mount.waitFor();
        } catch (IOException noMountCommand) {
            exit = -1;
            output = String.valueOf(noMountCommand.getMessage());
        }
        String why = "a tmpfs cannot be mounted here (needs root): " + output.strip();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            // CI runs as root on a machine that can mount: there the test must run, never skip.
            org.assertj.core.api.Assertions.assertThat(exit).as(why).isZero();
        }
        Assumptions.assumeTrue(exit == 0, why);
        mounted = true;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", "-l", disk.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        }
    }

    private static IndexJob job(Path docs, Path index, boolean full) {
        return new IndexJob(
                new IndexJob.Options(List.of(docs), index, full, IndexJob.Options.DEFAULT_MAX_FILE_BYTES, 2),
                new EntityExtractor(Gazetteer.bundled()),
                IndexListener.NONE);
    }

    @Test
    void aFullDiskFailsTheJobAndKeepsThePreviousCommit() throws Exception {
        Path docs = tmp.resolve("docs");
        Path index = disk.resolve("index");
        List<String> firstIds = Corpus.writeArticles(docs, SEED, 0, FIRST, 12);
        job(docs, index, false).run();
        Corpus.writeArticles(docs, SEED, FIRST, FIRST + MORE, 12);

        // What the job needs at least: the size of the index it makes.
        Path scratch = disk.resolve("scratch");
        job(docs, scratch, true).run();
        long needed = sizeOf(scratch);
        Corpus.deleteTree(scratch);

        // Room left for the job, from none to two thirds of what it needs: the disk fills up
        // while documents are buffered, while segments are flushed, and while committing.
        long[] roomLeft = {0, 4 << 10, 64 << 10, needed / 8, needed / 3, needed * 2 / 3};
        var log = new StringBuilder("the job makes " + needed / 1024 + " KB of index\n");
        for (long room : roomLeft) {
            for (boolean full : new boolean[] {false, true}) {
                String when = (full ? "--full" : "incremental") + " with " + room / 1024 + " KB free";
                removeLeftovers(index);
                Path filler = fill(room);
                try {
                    Throwable failure =
                            catchThrowable(() -> job(docs, index, full).run());
                    assertThat(failure).as(when).isInstanceOf(IOException.class);
                    assertThat(messages(failure))
                            .as("%s: the message says why", when)
                            .contains("No space left on device");
                    log.append(when).append(": ").append(failure).append('\n');
                } finally {
                    Files.delete(filler);
                }
                assertPreviousCommitIntact(index, firstIds, when);
            }
        }
        System.out.print(log);

        // With room again the same job succeeds. Lucene may leave files of the segments a failed
        // job was writing (a few KB); the next job's writer removes them.
        var summary = job(docs, index, false).run();
        assertThat(summary.totalDocuments()).isEqualTo(FIRST + MORE);
        try (var dir = FSDirectory.open(index);
                var check = new CheckIndex(dir)) {
            assertThat(check.checkIndex().clean).isTrue();
            try (var reader = DirectoryReader.open(dir)) {
                assertThat(files(index))
                        .as("only the files of the last commit remain")
                        .containsExactlyInAnyOrderElementsOf(
                                reader.getIndexCommit().getFileNames());
            }
        }
    }

    @Test
    void theCliExplainsAFullDisk() throws Exception {
        Path docs = tmp.resolve("docs");
        Path index = disk.resolve("index");
        List<String> firstIds = Corpus.writeArticles(docs, SEED, 0, FIRST, 12);
        job(docs, index, false).run();
        Corpus.writeArticles(docs, SEED, FIRST, FIRST + MORE, 12);
        Path filler = fill(64 << 10);
        try (var cli = ChildJvm.lupa("index", "--docs", docs.toString(), "--index", index.toString())) {
            int exit = cli.waitFor(Duration.ofMinutes(3));
            assertThat(exit).as(cli.stderr()).isEqualTo(1);
            assertThat(cli.stderr()).contains("No space left on device", "nothing was committed");
            assertThat(cli.stderr()).doesNotContainPattern(RawHttp.STACK_TRACE);
        } finally {
            Files.delete(filler);
        }
        assertPreviousCommitIntact(index, firstIds, "after the CLI failed");
    }

    private static void assertPreviousCommitIntact(Path index, List<String> firstIds, String when) throws IOException {
        assertThat(Corpus.ids(index)).as(when).containsExactlyInAnyOrderElementsOf(firstIds);
        try (var dir = FSDirectory.open(index);
                var check = new CheckIndex(dir)) {
            assertThat(check.checkIndex().clean).as(when).isTrue();
        }
        try (var searcher = new LupaSearcher(index, Duration.ofSeconds(1), Duration.ofSeconds(10))) {
            var result = searcher.search(SearchRequest.of("znacznik3"));
            assertThat(result.hits()).as(when).extracting(h -> h.id()).containsExactly(Corpus.idOf(3));
            assertThat(searcher.search(SearchRequest.of("")).total()).as(when).isEqualTo(firstIds.size());
        }
    }

    /**
     * A failed job may leave files of the segments it was writing; the next writer deletes them
     * first thing, which would give it their room on top of the room the test means to leave.
     */
    private static void removeLeftovers(Path index) throws IOException {
        try (var dir = FSDirectory.open(index);
                var writer =
                        new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.rollback();
        }
    }

    /** Fills the disk so that about {@code room} bytes stay free; returns the filler file. */
    private Path fill(long room) throws IOException {
        Path filler = disk.resolve("filler.bin");
        long toWrite = Files.getFileStore(disk).getUsableSpace() - room;
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (toWrite > 0) {
                int n = (int) Math.min(block.length, toWrite);
                out.write(block, 0, n);
                toWrite -= n;
            }
        }
        return filler;
    }

    private static long sizeOf(Path index) throws IOException {
        long bytes = 0;
        for (String name : files(index)) {
            bytes += Files.size(index.resolve(name));
        }
        return bytes;
    }

    private static Set<String> files(Path index) throws IOException {
        try (var list = Files.list(index)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("write.lock"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static String messages(Throwable t) {
        var all = new ArrayList<String>();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.add(String.valueOf(c.getMessage()));
            for (Throwable s : c.getSuppressed()) {
                all.add(String.valueOf(s.getMessage()));
            }
        }
        return String.join(" / ", all);
    }
}
