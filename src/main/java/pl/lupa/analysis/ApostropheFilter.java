package pl.lupa.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Writes the typographic apostrophe (’) as the ASCII one, so {@code Google’a} equals {@code Google'a}. */
final class ApostropheFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    ApostropheFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = termAtt.buffer();
        for (int i = 0; i < termAtt.length(); i++) {
            if (buffer[i] == '\u2019') {
                buffer[i] = '\'';
            }
        }
        return true;
    }
}
