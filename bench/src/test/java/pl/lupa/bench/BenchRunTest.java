package pl.lupa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lupa bench run} end to end on a tiny corpus: every series is in the table, none has an
 * error, and the section lands between the markers of the file. The figures are not checked.
 */
class BenchRunTest {

    @TempDir
    Path tmp;

    @Test
    void aSmallRunFillsEveryRowOfTheTable() throws Exception {
        Path report = tmp.resolve("BENCH.md");
        Files.writeString(report, "# Before\n\n<!-- bench:start -->\nold\n<!-- bench:end -->\n\nAfter.\n");
        var out = new StringWriter();
        var cli = BenchMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int exit = cli.execute(
                "run",
                "--docs",
                "400",
                "--work",
                tmp.resolve("work").toString(),
                "--queries",
                "30",
                "--warmup",
                "5",
                "--max-seconds",
                "10",
                "--write",
                report.toString());
        assertThat(exit).isZero();

        String written = Files.readString(report);
        assertThat(written).startsWith("# Before").endsWith("After.\n").doesNotContain("\nold\n");
        for (String series : new String[] {
            "bare Lucene top-10, AND",
            "bare Lucene top-10, OR",
            "bare Lucene top-10 + facets, AND",
            "bare Lucene top-10 + facets, OR",
            "Lupa top-10, AND",
            "Lupa + facets, OR",
            "Lupa full (facets + snippets), AND",
            "Lupa full (facets + snippets), OR",
            "HTTP top-10, AND",
            "HTTP + facets, OR",
            "HTTP full (facets + snippets), AND",
            "HTTP suggest"
        }) {
            for (int clients : new int[] {1, 4}) {
                var row = Pattern.compile("\\| " + Pattern.quote(series) + " \\| " + clients + " \\| 30 \\| 0 \\|");
                assertThat(row.matcher(written).find())
                        .as(series + " at " + clients + " client(s), 30 queries, 0 errors")
                        .isTrue();
            }
        }
        assertThat(written)
                .contains(
                        "| indexing: Lupa index job (full) | 2 threads | 400 | 0 |",
                        "median matches",
                        "of JIT compiling",
                        "fresh JVM, median of 3: ");
        assertThat(out.toString()).contains("| measurement |");
    }
}
