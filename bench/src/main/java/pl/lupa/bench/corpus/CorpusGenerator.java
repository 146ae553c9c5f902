package pl.lupa.bench.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.LongConsumer;

/**
 * Writes the scale corpus as JSON Lines ({@code id, title, text, date, source, author, url}),
 * one article at a time, so a million articles take no more memory than one. The same pool
 * and seed give the same bytes.
 */
public final class CorpusGenerator {

    /** Bumped whenever the output for a given seed changes, so an old corpus is not reused. */
    static final int VERSION = 1;

    private static final int PROGRESS_EVERY = 10_000;

    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .rootValueSeparator((String) null) // each record ends with its own newline
            .build();

    private final ArticleComposer composer;

    public CorpusGenerator(SentencePool pool, long seed) {
        this.composer = new ArticleComposer(pool, seed);
    }

    /** Statistics of a written corpus. */
    public record Written(long docs, long bytes) {
        public double averageBytes() {
            return docs == 0 ? 0 : (double) bytes / docs;
        }
    }

    /**
     * Writes {@code docs} articles to the file, atomically: a killed run leaves no half corpus
     * that a later run could take for a whole one.
     *
     * @param progress told the number of articles written, now and then
     */
    public Written write(Path file, long docs, LongConsumer progress) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = parent.resolve("." + file.getFileName() + ".partial");
        Written written;
        try (OutputStream out = Files.newOutputStream(partial)) {
            written = write(out, docs, progress);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return written;
    }

    Written write(OutputStream target, long docs, LongConsumer progress) throws IOException {
        var counting = new CountingStream(new BufferedOutputStream(target, 1 << 16));
        try (JsonGenerator json = JSON.createGenerator(counting, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            for (long i = 0; i < docs; i++) {
                writeRecord(json, composer.compose(i));
                json.writeRaw('\n');
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    progress.accept(i + 1);
                }
            }
        }
        counting.flush();
        return new Written(docs, counting.count);
    }

    private static void writeRecord(JsonGenerator json, ArticleComposer.Composed a) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeStringField("title", a.title());
        json.writeStringField("text", a.text());
        json.writeStringField("date", a.date().toString());
        json.writeStringField("source", a.source());
        json.writeStringField("author", a.author());
        json.writeStringField("url", a.url());
        json.writeEndObject();
    }

    /** Counts the bytes that reach the file. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
