package pl.lupa.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import morfologik.stemming.polish.PolishStemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The baseline's cache must not change what the baseline indexes. */
class CachingMorfologikFilterTest {

    private static final String TEXT = "Spółka Microsoft otworzy w Warszawie nowe centrum danych. Zamki w chmurze, "
            + "zamki nad Wisłą i 3,5 mln zł dla Nvidii; Kraków, krakowie, Google'a oraz CD Projektu. "
            + "Zamki w chmurze i centrum danych w Krakowie.";

    @Test
    void sameTermsPositionsAndOffsetsAsMorfologikFilter() throws IOException {
        var dictionary = new PolishStemmer().getDictionary();
        Analyzer reference = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var t = new StandardTokenizer();
                return new TokenStreamComponents(t, new MorfologikFilter(new LowerCaseFilter(t), dictionary));
            }
        };
        Analyzer cached = BaselineIndexer.analyzer();
        // Twice over the same stream: the second pass is answered from the cache.
        assertThat(tokens(cached, TEXT)).isEqualTo(tokens(reference, TEXT));
        assertThat(tokens(cached, TEXT))
                .isEqualTo(tokens(reference, TEXT))
                .contains("zamek@+1[161:166]", "dana@+0[187:193]", "krakowie@+1[196:204]");
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        var out = new ArrayList<String>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var posInc = ts.addAttribute(PositionIncrementAttribute.class);
            var offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@+" + posInc.getPositionIncrement() + "[" + offset.startOffset() + ":"
                        + offset.endOffset() + "]");
            }
            ts.end();
        }
        return out;
    }
}
