package pl.lupa.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * {@link ApostropheFilter} as a Lucene factory ({@code lupaApostrophe}): the typographic apostrophe
 * becomes the ASCII one in the exact-forms chain, as in {@link LupaAnalyzers#exact()}.
 */
public final class ApostropheFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "lupaApostrophe";

    public ApostropheFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException(NAME + " takes no parameters, got " + args);
        }
    }

    /** For SPI only; Lucene instantiates factories with their arguments. */
    public ApostropheFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ApostropheFilter(input);
    }
}
