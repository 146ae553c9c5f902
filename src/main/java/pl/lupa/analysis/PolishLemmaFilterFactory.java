package pl.lupa.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * {@link PolishLemmaFilter} as a Lucene factory, so a chain declared by name ({@code CustomAnalyzer},
 * a Solr schema's {@code <filter name="lupaLemma"/>}) is the lemma chain of {@link LupaAnalyzers#lemmas()}:
 * the same dictionary, unknown-word stemmer and stop words, with no copy of any of them.
 * It takes no arguments: a second configuration would be a second definition of Lupa's analysis.
 */
public final class PolishLemmaFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "lupaLemma";

    public PolishLemmaFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException(NAME + " takes no parameters, got " + args);
        }
    }

    /** For SPI only; Lucene instantiates factories with their arguments. */
    public PolishLemmaFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new PolishLemmaFilter(input, PolishDictionary.stopWords());
    }
}
