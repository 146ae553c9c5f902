package pl.lupa.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The factories are Lupa's analysis by name: a chain declared with them (as Solr's schema does)
 * makes exactly the tokens of {@link LupaAnalyzers}, on every sentence of the sample articles.
 */
class AnalysisFactoriesTest {

    private static final List<String> EXTRA = List.of(
            "Google’a i Google'a, IBM-u, Microsofcie",
            "w Krakowie i na świecie",
            "COVID-19 kosztował 6,6 mld dolarów",
            "i w na",
            "");

    private static List<String> sentences;

    private static Analyzer lemmas;
    private static Analyzer exact;
    private static Analyzer lemmasByName;
    private static Analyzer exactByName;

    @BeforeAll
    static void analyzers() throws IOException {
        sentences = sampleSentences();
        lemmas = LupaAnalyzers.lemmas();
        exact = LupaAnalyzers.exact();
        // by SPI name, as a schema declares them: a missing registration fails here
        lemmasByName = CustomAnalyzer.builder()
                .withTokenizer(SentenceGapTokenizerFactory.NAME)
                .addTokenFilter(PolishLemmaFilterFactory.NAME)
                .build();
        exactByName = CustomAnalyzer.builder()
                .withTokenizer(StandardTokenizerFactory.NAME)
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(ApostropheFilterFactory.NAME)
                .addTokenFilter(PolishStopFilterFactory.NAME)
                .build();
    }

    @AfterAll
    static void close() {
        Stream.of(lemmas, exact, lemmasByName, exactByName).forEach(Analyzer::close);
    }

    @Test
    void theSampleArticlesGiveAFewHundredSentences() {
        assertThat(sentences).hasSizeGreaterThan(300);
    }

    @Test
    void lemmaChainByNameIsLupasLemmaChain() {
        for (String s : sentences) {
            assertThat(tokens(lemmasByName, s)).as(s).isEqualTo(tokens(lemmas, s));
        }
    }

    @Test
    void lemmaChainByNameGivesWholeArticlesTheSamePositions() throws IOException {
        int files = 0;
        try (Stream<Path> all = Files.walk(Path.of("sample-docs"))) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertThat(tokens(lemmasByName, text)).as(f.toString()).isEqualTo(tokens(lemmas, text));
                files++;
            }
        }
        assertThat(files).isGreaterThan(40);
    }

    @Test
    void exactChainByNameIsLupasExactChain() {
        for (String s : sentences) {
            assertThat(tokens(exactByName, s)).as(s).isEqualTo(tokens(exact, s));
        }
        assertThat(exactByName.normalize("f", "Google’A")).isEqualTo(exact.normalize("f", "Google’A"));
    }

    @Test
    void theChainsDoWhatTheyAreFor() {
        // guards against comparing two empty outputs
        assertThat(tokens(lemmasByName, "Microsoftem w Krakowie"))
                .containsExactly("microsoft@0[0,11]", "krak@2[14,22]", "kraków@2[14,22]", "end@2[22]");
        assertThat(tokens(exactByName, "Google’a w Krakowie"))
                .containsExactly("google'a@0[0,8]", "krakowie@2[11,19]", "end@2[19]");
    }

    @Test
    void factoriesAreRegisteredAndTakeNoArguments() {
        assertThat(TokenFilterFactory.availableTokenFilters())
                .contains(PolishLemmaFilterFactory.NAME, ApostropheFilterFactory.NAME, PolishStopFilterFactory.NAME);
        assertThat(org.apache.lucene.analysis.TokenizerFactory.availableTokenizers())
                .contains(SentenceGapTokenizerFactory.NAME);
        assertThatThrownBy(() -> org.apache.lucene.analysis.TokenizerFactory.forName(
                        SentenceGapTokenizerFactory.NAME, mutable("x", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no parameters");
        assertThatThrownBy(() -> TokenFilterFactory.forName(PolishLemmaFilterFactory.NAME, mutable("x", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no parameters");
    }

    private static Map<String, String> mutable(String k, String v) {
        var m = new java.util.HashMap<String, String>();
        m.put(k, v);
        return m;
    }

    /** term@position[start,end] for every token, and the final offset. */
    private static List<String> tokens(Analyzer analyzer, String text) {
        var out = new ArrayList<String>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var posInc = stream.addAttribute(PositionIncrementAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += posInc.getPositionIncrement();
                out.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
            }
            stream.end();
            if (!out.isEmpty() || !text.isEmpty()) {
                out.add("end@" + (position + posInc.getPositionIncrement()) + "[" + offset.endOffset() + "]");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every sentence-like line of sample-docs, markup and all: the tokenizer sees what the index job hands it. */
    private static List<String> sampleSentences() throws IOException {
        var out = new ArrayList<>(EXTRA);
        try (Stream<Path> files = Files.walk(Path.of("sample-docs"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (String s : text.split("(?<=[.!?])\\s+|\\n+")) {
                    if (s.strip().length() > 10) {
                        out.add(s.strip());
                    }
                }
            }
        }
        return out;
    }
}
