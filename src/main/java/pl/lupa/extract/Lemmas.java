package pl.lupa.extract;

import pl.lupa.analysis.Lemmatizer;

/**
 * The dictionary's lemmas of tokens, for the recognisers' {@link LemmaList}s: the same
 * Morfologik lookup the index's analysis makes, with one {@link Lemmatizer} (and its cache) per
 * thread, since extraction runs on every indexing thread at once. One instance per extractor.
 */
final class Lemmas {

    private final ThreadLocal<Lemmatizer> lemmatizers = ThreadLocal.withInitial(Lemmatizer::new);

    /** The index terms of token {@code i}: its lemmas, lower case, or its stem when the dictionary does not know it. */
    String[] of(Tokens tokens, int i) {
        char[] chars = new char[tokens.length(i)];
        tokens.source().getChars(tokens.start(i), tokens.end(i), chars, 0);
        return lemmatizers.get().terms(chars, chars.length);
    }
}
