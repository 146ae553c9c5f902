package pl.lupa.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run replaces only its own section of the benchmarks file. */
class ReportFileTest {

    @TempDir
    Path tmp;

    @Test
    void createsThenReplacesOnlyTheMarkedSection() throws IOException {
        Path file = tmp.resolve("BENCHMARKS.md");
        ReportFile.write(file, "first run");
        assertThat(Files.readString(file))
                .startsWith("# Lupa benchmarks")
                .contains(ReportFile.START + "\nfirst run\n" + ReportFile.END);

        Files.writeString(file, Files.readString(file) + "\nNotes written by hand.\n");
        ReportFile.write(file, "second run");
        String text = Files.readString(file);
        assertThat(text).contains("second run", "Notes written by hand.").doesNotContain("first run");
        assertThat(text.indexOf(ReportFile.START)).isEqualTo(text.lastIndexOf(ReportFile.START));
    }

    @Test
    void appendsASectionToAFileWithoutMarkers() {
        assertThat(ReportFile.replace("# Notes\n", ReportFile.START + "\nx\n" + ReportFile.END))
                .isEqualTo("# Notes\n\n" + ReportFile.START + "\nx\n" + ReportFile.END + "\n");
    }
}
