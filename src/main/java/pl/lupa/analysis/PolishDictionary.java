package pl.lupa.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;
import morfologik.stemming.polish.PolishStemmer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * The immutable shared resources of Polish analysis: Morfologik's Polish dictionary (PoliMorf,
 * about 4 million forms) and our stop word list. Loaded once, lazily, and shared by all threads;
 * the per-thread parts are in {@link Lemmatizer}.
 */
public final class PolishDictionary {

    private PolishDictionary() {}

    private static final class Holder {
        static final Dictionary DICTIONARY = new PolishStemmer().getDictionary();
        static final CharArraySet STOP_WORDS = loadStopWords();
    }

    public static Dictionary morfologik() {
        return Holder.DICTIONARY;
    }

    public static FSA fsa() {
        return Holder.DICTIONARY.fsa;
    }

    /** The byte that separates a surface form from its lemma in the dictionary's automaton. */
    public static byte separator() {
        return Holder.DICTIONARY.metadata.getSeparator();
    }

    /** Lower-case stop words; unmodifiable. */
    public static CharArraySet stopWords() {
        return Holder.STOP_WORDS;
    }

    private static CharArraySet loadStopWords() {
        try (InputStream in = PolishDictionary.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException(
                        "bundled resource pl/lupa/analysis/stopwords.txt is missing from the jar");
            }
            var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
            return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(reader, "#", new CharArraySet(128, false)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled stop word list", e);
        }
    }
}
