package pl.lupa.index;

import java.nio.file.Path;
import pl.lupa.ingest.Format;

/** An article file found under a docs root, with the id its documents derive from. */
record SourceFile(Path path, String fileId, Format format, long size) {
}
