package pl.lupa.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.search.suggest.analyzing.FuzzySuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * A Lucene {@link FuzzySuggester} over {@link SpellingKey}s: each entry's text is analysed to its
 * key as one token, and so is the prefix looked up, so both meet however they were spelt.
 */
final class KeyedSuggesters {

    private KeyedSuggesters() {}

    /** A suggester of texts, each weighted by its count. */
    static FuzzySuggester of(Map<String, Integer> entries) throws IOException {
        Analyzer keys = new KeyAnalyzer();
        try (var tmp = new ByteBuffersDirectory()) {
            var s = new FuzzySuggester(
                    tmp,
                    "suggest",
                    keys,
                    keys,
                    AnalyzingSuggester.EXACT_FIRST | AnalyzingSuggester.PRESERVE_SEP,
                    256,
                    -1,
                    true,
                    FuzzySuggester.DEFAULT_MAX_EDITS,
                    true,
                    FuzzySuggester.DEFAULT_NON_FUZZY_PREFIX,
                    FuzzySuggester.DEFAULT_MIN_FUZZY_LENGTH,
                    false);
            s.build(new Entries(entries));
            return s;
        }
    }

    /** The whole text as one token, its {@link SpellingKey}. */
    private static final class KeyAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new KeyFilter(source));
        }
    }

    private static final class KeyFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        KeyFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String key = SpellingKey.of(term.toString());
            term.setEmpty().append(key);
            return true;
        }
    }

    /** Entries for a suggester: text and weight, no payloads or contexts. */
    private static final class Entries implements InputIterator {
        private final Iterator<Map.Entry<String, Integer>> it;
        private final BytesRefBuilder current = new BytesRefBuilder();
        private long weight;

        Entries(Map<String, Integer> entries) {
            // the key of an empty text is empty: such an entry could only be reached by every prefix
            this.it = entries.entrySet().stream()
                    .filter(e -> !SpellingKey.of(e.getKey()).isEmpty())
                    .iterator();
        }

        @Override
        public BytesRef next() {
            if (!it.hasNext()) {
                return null;
            }
            var e = it.next();
            current.copyChars(e.getKey());
            weight = e.getValue();
            return current.get();
        }

        @Override
        public long weight() {
            return weight;
        }

        @Override
        public BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
