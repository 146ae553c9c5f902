package pl.lupa.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The article file formats Lupa reads, recognised by file name extension. */
public enum Format {
    TEXT,
    MARKDOWN,
    HTML,
    JSON_LINES;

    public static Optional<Format> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> Optional.of(TEXT);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "html", "htm" -> Optional.of(HTML);
            case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
            default -> Optional.empty();
        };
    }
}
