package pl.lupa.ingest;

import java.nio.file.Path;

/** An article file found under a docs root, with the id its documents derive from. */
public record SourceFile(Path path, String fileId, Format format, long size) {}
