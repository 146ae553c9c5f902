package pl.lupa.analysis;

import java.util.Map;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * A {@link StopFilter} over Lupa's bundled stop words ({@code lupaStop}). Lucene's own
 * {@code stop} factory would need the list as a file beside each schema, a second copy that
 * could drift from {@code stopwords.txt}; this one reads the list the lemma filter reads.
 * Expects lower-case tokens, as in {@link LupaAnalyzers#exact()}.
 */
public final class PolishStopFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "lupaStop";

    public PolishStopFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException(NAME + " takes no parameters, got " + args);
        }
    }

    /** For SPI only; Lucene instantiates factories with their arguments. */
    public PolishStopFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new StopFilter(input, PolishDictionary.stopWords());
    }
}
