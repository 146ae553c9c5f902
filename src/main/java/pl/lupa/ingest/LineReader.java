package pl.lupa.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes, so a JSON Lines file of any size streams through, a
 * record over the size limit is skipped without being held in memory, and bad UTF-8 in one
 * record is that record's problem only. Buffers itself: a feed of millions of records must not
 * cost a method call per byte.
 */
public final class LineReader {

    /** One line without its terminator; {@code bytes} is empty when the line was oversized. */
    public record Line(long number, byte[] bytes, long length, boolean oversized) {}

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long number;
    private boolean eof;

    public LineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    public Line next() throws IOException {
        byte[] line = new byte[256];
        int size = 0;
        long length = 0;
        boolean oversized = false;
        boolean sawAnything = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!sawAnything) {
                    return null;
                }
                break;
            }
            sawAnything = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            length += chunk;
            if (length > maxBytes) {
                oversized = true;
            } else {
                if (size + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, size + chunk));
                }
                System.arraycopy(buffer, start, line, size, chunk);
                size += chunk;
            }
            if (pos < limit) {
                pos++; // the newline
                break;
            }
        }
        number++;
        if (oversized) {
            return new Line(number, new byte[0], length, true);
        }
        if (size > 0 && line[size - 1] == '\r') {
            size--;
        }
        return new Line(number, Arrays.copyOf(line, size), length, false);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
