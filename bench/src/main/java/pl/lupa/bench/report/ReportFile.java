package pl.lupa.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps the latest run in a Markdown file between two markers, leaving the rest of the file
 * (what people wrote about earlier runs) as it is.
 */
public final class ReportFile {

    static final String START = "<!-- bench:start -->";
    static final String END = "<!-- bench:end -->";

    private ReportFile() {}

    public static void write(Path file, String section) throws IOException {
        String block = START + "\n" + section.strip() + "\n" + END;
        String text;
        if (!Files.exists(file)) {
            text = "# Lupa benchmarks\n\n"
                    + "Made by `lupa bench run --write` (see `lupa bench run --help`). The section between the markers "
                    + "is replaced by every run; write notes outside it.\n\n" + block + "\n";
        } else {
            text = replace(Files.readString(file, StandardCharsets.UTF_8), block);
        }
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The old section replaced, or the block appended when the file has no (well-ordered) markers. */
    static String replace(String text, String block) {
        int start = text.indexOf(START);
        int end = start < 0 ? -1 : text.indexOf(END, start);
        if (start < 0 || end < 0) {
            return text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + block + "\n";
        }
        return text.substring(0, start) + block + text.substring(end + END.length());
    }
}
