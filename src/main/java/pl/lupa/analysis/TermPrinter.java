package pl.lupa.analysis;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;

/**
 * Renders what an analysis chain makes of a text, the way {@code lupa analyze} prints it: terms
 * separated by spaces, terms at one position joined by {@code |}.
 */
public final class TermPrinter {

    private TermPrinter() {}

    /** Index side: the terms of the lemma chain. */
    public static String indexTerms(Analyzer analyzer, String text) {
        return IndexTerms.byPosition(analyzer, "body", text).stream()
                .map(terms -> String.join("|", terms))
                .collect(Collectors.joining(" "));
    }

    /**
     * Query side: per word its lemma terms joined by {@code |}, then folded alternatives after
     * {@code ~} and the nouns an adjective is made from after {@code <} (both match with a lower
     * weight): {@code laska|~łaska}, {@code gazowy|<gaz}.
     */
    public static String queryTerms(List<QueryToken> tokens) {
        return tokens.stream()
                .map(t -> {
                    var all = new java.util.ArrayList<String>(t.lemmas());
                    t.folded().forEach(f -> all.add("~" + f));
                    t.derived().forEach(d -> all.add("<" + d));
                    t.variants().forEach(v -> all.add("≈" + v));
                    return String.join("|", all);
                })
                .collect(Collectors.joining(" "));
    }
}
