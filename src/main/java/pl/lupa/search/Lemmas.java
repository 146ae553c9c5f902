package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import pl.lupa.index.ArticleSchema;

/** The lemmas the index makes of a text, for comparing texts outside a query. */
final class Lemmas {

    private Lemmas() {}

    /** Position by position: a word may have several lemmas; stop words are left out. */
    static List<Set<String>> byPosition(Analyzer analyzer, String text) {
        var out = new ArrayList<Set<String>>();
        try (TokenStream tokens = analyzer.tokenStream(ArticleSchema.BODY, text)) {
            var term = tokens.addAttribute(CharTermAttribute.class);
            var increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || out.isEmpty()) {
                    out.add(new HashSet<>());
                }
                out.get(out.size() - 1).add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a text failed", e);
        }
        return out;
    }

    /** Every lemma of a text. */
    static Set<String> of(Analyzer analyzer, String text) {
        var all = new HashSet<String>();
        byPosition(analyzer, text).forEach(all::addAll);
        return all;
    }
}
