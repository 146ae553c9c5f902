package pl.lupa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<LineReader.Line> lines(String text, long max) throws IOException {
        var reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
        var out = new ArrayList<LineReader.Line>();
        for (LineReader.Line l; (l = reader.next()) != null; ) {
            out.add(l);
        }
        return out;
    }

    @Test
    void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
        var out = lines("a\r\nbb\n\nccc", 100);
        assertThat(out)
                .extracting(l -> new String(l.bytes(), StandardCharsets.UTF_8))
                .containsExactly("a", "bb", "", "ccc");
        assertThat(out).extracting(LineReader.Line::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines("x\n", 100)).hasSize(1);
        assertThat(lines("", 100)).isEmpty();
    }

    @Test
    void oversizedLinesAreMarkedAndTheNextLineIsIntact() throws IOException {
        String big = "y".repeat(200_000);
        var out = lines("ok\n" + big + "\nafter", 1000);
        assertThat(out).hasSize(3);
        assertThat(out.get(1).oversized()).isTrue();
        assertThat(out.get(1).length()).isEqualTo(200_000);
        assertThat(new String(out.get(2).bytes(), StandardCharsets.UTF_8)).isEqualTo("after");
    }

    @Test
    void linesLongerThanTheBufferArriveWhole() throws IOException {
        String long1 = "z".repeat(150_000);
        var out = lines(long1 + "\nb", 1_000_000);
        assertThat(out.get(0).bytes()).hasSize(150_000);
        assertThat(out.get(0).oversized()).isFalse();
    }
}
