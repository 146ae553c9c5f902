package pl.lupa.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Lists the article files under the docs roots. Follows symbolic links (loops are reported, not
 * followed forever); leaves out hidden files and folders and README files, which describe a
 * folder rather than being articles.
 */
public final class DocsWalker {

    /** The article files found, sorted by id, and what could not be read. */
    public record Listing(List<SourceFile> files, List<Skip> skipped) {}

    private DocsWalker() {}

    public static Listing list(List<Path> roots) throws IOException {
        var files = new ArrayList<SourceFile>();
        var skipped = new ArrayList<Skip>();
        boolean prefixRoot = roots.size() > 1;
        for (Path root : roots) {
            Path base = root.toAbsolutePath().normalize();
            String prefix = prefixRoot ? base.getFileName() + "/" : "";
            Files.walkFileTree(
                    base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(base) && hidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (hidden(file) || isReadme(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            String id = prefix + relative(base, file);
                            if (attrs.isSymbolicLink()) {
                                skipped.add(new Skip(id, SkipReason.UNREADABLE, "symbolic link to nothing"));
                                return FileVisitResult.CONTINUE;
                            }
                            if (!attrs.isRegularFile()) {
                                skipped.add(new Skip(
                                        id, SkipReason.UNREADABLE, "not a regular file (device, pipe or socket)"));
                                return FileVisitResult.CONTINUE;
                            }
                            var format = Format.of(file);
                            if (format.isEmpty()) {
                                skipped.add(new Skip(id, SkipReason.UNSUPPORTED, "not .txt, .md, .html or .jsonl"));
                            } else if (!Files.isReadable(file)) {
                                skipped.add(new Skip(id, SkipReason.UNREADABLE, "no permission to read"));
                            } else {
                                files.add(new SourceFile(file, id, format.get(), attrs.size()));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String id = prefix + relative(base, file);
                            if (e instanceof FileSystemLoopException) {
                                skipped.add(new Skip(id, SkipReason.UNREADABLE, "symbolic link loop"));
                            } else if (e instanceof AccessDeniedException) {
                                skipped.add(new Skip(id, SkipReason.UNREADABLE, "no permission to read"));
                            } else {
                                skipped.add(new Skip(id, SkipReason.UNREADABLE, String.valueOf(e.getMessage())));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        }
        files.sort(Comparator.comparing(SourceFile::fileId));
        return new Listing(files, skipped);
    }

    private static String relative(Path base, Path file) {
        return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static boolean isReadme(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme");
    }
}
