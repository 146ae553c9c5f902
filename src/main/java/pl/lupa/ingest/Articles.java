package pl.lupa.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every article under the docs folders, read as the index job reads them, in one list: for tools
 * that need the articles themselves (an evaluation's baseline indexes) rather than an index.
 * Files and records that cannot be read are left out, as the index job skips them.
 */
public final class Articles {

    private Articles() {}

    public static List<Article> readAll(List<Path> roots) throws IOException {
        var out = new ArrayList<Article>();
        for (SourceFile file : DocsWalker.list(roots).files()) {
            byte[] bytes = Files.readAllBytes(file.path());
            try {
                if (file.format() == Format.JSON_LINES) {
                    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isBlank()) {
                            readRecord(file.fileId(), line, out);
                        }
                    }
                } else {
                    out.addAll(ArticleReader.read(file.fileId(), bytes, file.format())
                            .articles());
                }
            } catch (SkippedInputException skipped) {
                // not an article: the index job would skip it too
            }
        }
        return out;
    }

    private static void readRecord(String fileId, String line, List<Article> out) {
        try {
            out.addAll(ArticleReader.readRecord(fileId, line).articles());
        } catch (SkippedInputException skipped) {
            // a broken record: the index job would skip it too
        }
    }
}
