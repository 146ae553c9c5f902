package pl.lupa.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analysis chains of Lupa.
 *
 * <ul>
 *   <li>{@link #lemmas()}: {@link SentenceGapTokenizer} (StandardTokenizer's words, a gap of
 *       positions between sentences) → {@link PolishLemmaFilter} (Morfologik lemmas with the
 *       unknown-word stemmer as fallback, stop words removed). Every inflected form meets the
 *       others; no phrase joins two sentences. Used for title, body and company names on both
 *       sides.
 *   <li>{@link #exact()}: StandardTokenizer → lower case → stop words. The written forms, so a
 *       query's exact form and exact diacritics can rank above lemma and folded matches.
 * </ul>
 */
public final class LupaAnalyzers {

    private LupaAnalyzers() {}

    public static Analyzer lemmas() {
        return lemmas(PolishDictionary.stopWords());
    }

    /** The lemma chain with other stop words (an empty set measures the lemmatiser alone). */
    public static Analyzer lemmas(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new SentenceGapTokenizer();
                return new TokenStreamComponents(tokenizer, new PolishLemmaFilter(tokenizer, stopWords));
            }
        };
    }

    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new ApostropheFilter(stream);
                stream = new StopFilter(stream, PolishDictionary.stopWords());
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
