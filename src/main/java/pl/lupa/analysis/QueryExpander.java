package pl.lupa.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The query side of Polish analysis. It tokenises like the index, and for every word finds the
 * terms it may match: the written form (exact fields), its lemmas (lemma fields), and, because
 * users type without diacritics, the lemmas of the dictionary words the typed letters may stand
 * for. Thread-safe; holds one {@link Lemmatizer} per thread.
 */
public final class QueryExpander implements AutoCloseable {

    private final Analyzer tokenizer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ApostropheFilter(source));
        }
    };
    private final ThreadLocal<Lemmatizer> lemmatizers = ThreadLocal.withInitial(Lemmatizer::new);

    /** The words of a query text, stop words removed (their positions kept as gaps). */
    public List<QueryToken> expand(String text) {
        var tokens = new ArrayList<QueryToken>();
        Lemmatizer lemmatizer = lemmatizers.get();
        try (TokenStream stream = tokenizer.tokenStream("q", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var posInc = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += posInc.getPositionIncrement();
                String surface = term.toString();
                String lower = surface.toLowerCase(Locale.ROOT);
                if (PolishDictionary.stopWords().contains(lower)) {
                    continue;
                }
                tokens.add(expandWord(lemmatizer, position, surface, lower));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return tokens;
    }

    private static QueryToken expandWord(Lemmatizer lemmatizer, int position, String surface, String lower) {
        var lemmas = new LinkedHashSet<String>(List.of(lemmatizer.lemmas(surface)));
        var folded = new LinkedHashSet<String>();
        // "bledy" is known only as a form of the place name Bled; typed in lower case it is
        // far more likely "błędy" without diacritics, so then the restored words lead.
        boolean asTyped = lemmatizer.knownAsWritten(surface) || lemmatizer.knownAsWritten(lower);
        boolean typedFolded = !Diacritics.hasPolishDiacritics(lower);
        boolean hasDigits = lower.chars().anyMatch(Character::isDigit);
        List<String> restored = hasDigits ? List.of() : Diacritics.restore(lower);
        for (String form : restored) {
            if (form.toLowerCase(Locale.ROOT).equals(lower)) {
                continue;
            }
            for (String lemma : lemmatizer.lemmas(form)) {
                if (asTyped || !typedFolded) {
                    folded.add(lemma);
                } else {
                    lemmas.add(lemma);
                }
            }
        }
        if (lemmas.isEmpty() || !asTyped && restored.isEmpty()) {
            lemmas.add(UnknownWordStemmer.stem(surface));
            if (typedFolded && (lower.endsWith("e") || lower.endsWith("a"))) {
                // Nvidie typed for Nvidię: the index stemmed the form with the nasal vowel.
                String nasal = surface.substring(0, surface.length() - 1) + (lower.endsWith("e") ? 'ę' : 'ą');
                lemmas.add(UnknownWordStemmer.stem(nasal));
            }
        }
        folded.removeAll(lemmas);
        return new QueryToken(position, lower, new ArrayList<>(lemmas), new ArrayList<>(folded));
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
