package pl.lupa.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class SentenceGapTokenizerTest {

    /** start offset and position of each token, in order */
    private record Token(int start, int position) {}

    private static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
        var out = new ArrayList<Token>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            var offset = stream.addAttribute(OffsetAttribute.class);
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(offset.startOffset(), position));
            }
            stream.end();
        }
        return out;
    }

    private static int sentenceOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    @Test
    void wordsOfOneSentenceFollowEachOtherAndSentencesAreAGapApart() throws IOException {
        // without stop words every word takes a position, so within a sentence the step is 0 or 1
        try (Analyzer lemmas = LupaAnalyzers.lemmas(CharArraySet.EMPTY_SET);
                Stream<Path> files = Files.walk(Path.of("sample-docs"))) {
            int gaps = 0;
            int steps = 0;
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                int[] starts = SentenceBreaks.boundaries(text);
                Token previous = null;
                for (Token t : tokens(lemmas, text)) {
                    if (previous != null && previous.start() != t.start()) {
                        int step = t.position() - previous.position();
                        if (sentenceOf(starts, previous.start()) == sentenceOf(starts, t.start())) {
                            assertThat(step).as(f + " @" + t.start()).isEqualTo(1);
                            steps++;
                        } else {
                            assertThat(step).as(f + " @" + t.start()).isEqualTo(1 + SentenceGapTokenizer.GAP);
                            gaps++;
                        }
                    }
                    previous = t;
                }
            }
            assertThat(gaps).isGreaterThan(1_000);
            assertThat(steps).isGreaterThan(20_000);
        }
    }

    @Test
    void aReusedTokenizerStartsEachTextAfresh() throws IOException {
        try (Analyzer lemmas = LupaAnalyzers.lemmas()) {
            List<Token> first = tokens(lemmas, "Microsoft kupił firmę. Nvidia sprzedała akcje.");
            List<Token> again = tokens(lemmas, "Microsoft kupił firmę. Nvidia sprzedała akcje.");
            assertThat(again).isEqualTo(first);
            // one sentence after a text of several: no gap left over ("bez" is a stop word)
            assertThat(tokens(lemmas, "Jedno zdanie bez kropki"))
                    .extracting(Token::position)
                    .containsOnly(0, 1, 3);
        }
    }
}
