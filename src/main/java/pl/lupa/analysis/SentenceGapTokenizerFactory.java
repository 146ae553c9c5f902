package pl.lupa.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * {@link SentenceGapTokenizer} as a Lucene factory ({@code lupaSentenceGap}): the tokenizer of
 * the lemma chain, as in {@link LupaAnalyzers#lemmas()}.
 */
public final class SentenceGapTokenizerFactory extends TokenizerFactory {

    /** SPI name. */
    public static final String NAME = "lupaSentenceGap";

    public SentenceGapTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException(NAME + " takes no parameters, got " + args);
        }
    }

    /** For SPI only; Lucene instantiates factories with their arguments. */
    public SentenceGapTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public SentenceGapTokenizer create(AttributeFactory factory) {
        return new SentenceGapTokenizer();
    }
}
