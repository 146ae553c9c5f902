package pl.lupa.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token by its lemmas, all at the token's position, keeping its offsets, so a
 * query for any form matches every other form and highlighting marks the original text. Stop
 * words are dropped here, on the written form, leaving a position gap for phrase queries.
 * Expects tokens in their original case (before lower-casing) and emits lower-case terms.
 */
public final class PolishLemmaFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final Lemmatizer lemmatizer = new Lemmatizer();
    private final CharArraySet stopWords;

    /** Scratch for the lower-cased token; stop words are short. */
    private final char[] lower = new char[12];

    private String[] pending;
    private int next;
    private State state;

    public PolishLemmaFilter(TokenStream input, CharArraySet stopWords) {
        super(input);
        this.stopWords = stopWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null && next < pending.length) {
            restoreState(state);
            termAtt.setEmpty().append(pending[next++]);
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        pending = null;
        int skipped = 0;
        while (input.incrementToken()) {
            if (isStopWord()) {
                skipped += posIncAtt.getPositionIncrement();
                continue;
            }
            String[] terms = lemmatizer.terms(termAtt.buffer(), termAtt.length());
            posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
            termAtt.setEmpty().append(terms[0]);
            if (terms.length > 1) {
                pending = terms;
                next = 1;
                state = captureState();
            }
            return true;
        }
        return false;
    }

    private boolean isStopWord() {
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        if (length > lower.length) {
            return false; // no stop word is that long
        }
        for (int i = 0; i < length; i++) {
            lower[i] = Character.toLowerCase(buffer[i]);
        }
        return stopWords.contains(lower, 0, length);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        state = null;
    }
}
