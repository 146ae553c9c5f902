package pl.lupa.bench.measure;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lucene's {@code MorfologikFilter} with a cache of surface form → lemmas: the same terms at
 * the same positions (every lemma of a known form, in dictionary order, the first replacing
 * the token and the others stacked on it; unknown forms pass through), without a dictionary
 * walk for a form it has seen. It does not set morphosyntactic tags, which indexing ignores.
 *
 * <p>The baseline uses it so the ratio to Lupa measures what Lupa adds, not a cache Lupa has
 * and a plain chain lacks. Token streams are reused per thread, so the cache is per thread
 * and needs no locking.
 */
final class CachingMorfologikFilter extends TokenFilter {

    private static final int MAX_CACHED = 200_000;
    private static final String[] UNKNOWN = new String[0];

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final DictionaryLookup lookup;
    private final HashMap<String, String[]> cache = new HashMap<>();

    private String[] lemmas = UNKNOWN;
    private int next;
    private State current;

    CachingMorfologikFilter(TokenStream input, Dictionary dictionary) {
        super(input);
        this.lookup = new DictionaryLookup(dictionary);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < lemmas.length) {
            restoreState(current);
            posIncAtt.setPositionIncrement(0);
            termAtt.setEmpty().append(lemmas[next++]);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        lemmas = keywordAtt.isKeyword() ? UNKNOWN : lemmasOf(termAtt.toString());
        next = 0;
        if (lemmas.length > 0) {
            current = captureState();
            termAtt.setEmpty().append(lemmas[next++]);
        }
        return true;
    }

    private String[] lemmasOf(String surface) {
        String[] cached = cache.get(surface);
        if (cached != null) {
            return cached;
        }
        // As MorfologikFilter: the form as written first, then lower-cased.
        String[] found = stems(lookup.lookup(surface));
        if (found.length == 0) {
            found = stems(lookup.lookup(lowerCase(surface)));
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(surface, found);
        return found;
    }

    /** Code point by code point, as MorfologikFilter lower-cases (not String's locale rules). */
    private static String lowerCase(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            out.appendCodePoint(Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Copies the stems out: the lookup reuses its buffers on the next call. */
    private static String[] stems(List<WordData> words) {
        if (words.isEmpty()) {
            return UNKNOWN;
        }
        var out = new String[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = words.get(i).getStem().toString();
        }
        return out;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lemmas = UNKNOWN;
        next = 0;
        current = null;
    }
}
