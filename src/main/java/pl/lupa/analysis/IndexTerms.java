package pl.lupa.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** The terms an analysis chain makes of a text outside a query: for comparing texts and for printing them. */
public final class IndexTerms {

    private IndexTerms() {}

    /**
     * Position by position, in the chain's order: a word may have several terms (its lemmas); a
     * stop word leaves no position.
     */
    public static List<Set<String>> byPosition(Analyzer analyzer, String field, String text) {
        var out = new ArrayList<Set<String>>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            var term = tokens.addAttribute(CharTermAttribute.class);
            var increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || out.isEmpty()) {
                    out.add(new LinkedHashSet<>());
                }
                out.get(out.size() - 1).add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    /** Every term of a text. */
    public static Set<String> of(Analyzer analyzer, String field, String text) {
        var all = new HashSet<String>();
        byPosition(analyzer, field, text).forEach(all::addAll);
        return all;
    }
}
