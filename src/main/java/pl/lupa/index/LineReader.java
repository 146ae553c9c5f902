package pl.lupa.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as bytes, so a JSON Lines file of any size streams through, a
 * record over the size limit is skipped without being held in memory, and bad UTF-8 in one
 * record is that record's problem only.
 */
final class LineReader {

    /** One line without its terminator; {@code bytes} is empty when the line was oversized. */
    record Line(long number, byte[] bytes, long length, boolean oversized) {
    }

    private final InputStream in;
    private final long maxBytes;
    private long number;

    LineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    Line next() throws IOException {
        var buffer = new ByteArrayOutputStream(4096);
        long length = 0;
        boolean oversized = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            length++;
            if (length > maxBytes) {
                oversized = true;
                buffer = null;
            } else if (buffer != null) {
                buffer.write(b);
            }
        }
        if (b == -1 && length == 0) {
            return null;
        }
        number++;
        byte[] bytes = oversized ? new byte[0] : buffer.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(number, bytes, length, oversized);
    }
}
