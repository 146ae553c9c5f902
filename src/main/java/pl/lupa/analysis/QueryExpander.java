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
 * terms it may match: the written form (exact fields); the terms the index makes of that very
 * form (lemma fields), so whatever was indexed can be found by typing it; and, because users type
 * without diacritics, the lemmas of the dictionary words the typed letters may stand for.
 * Thread-safe; holds one {@link Lemmatizer} per thread.
 */
public final class QueryExpander implements AutoCloseable {

    /** Endings of Polish case forms as typed without diacritics, and as written. */
    private static final String[][] FOLDED_ENDINGS = {{"ow", "ów"}, {"e", "ę"}, {"a", "ą"}};

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
        return expand(text, false);
    }

    /**
     * The words of a query text; stop words are kept when {@code keepStopWords}, for a query made
     * of nothing else ("ta" may be "tą" typed without diacritics, and finding nothing helps no one).
     */
    public List<QueryToken> expand(String text, boolean keepStopWords) {
        return expand(text, keepStopWords, null);
    }

    /**
     * The words of a query text; with a {@code vocabulary}, also the spelling variants the
     * collection uses beside the typed form.
     */
    public List<QueryToken> expand(String text, boolean keepStopWords, Vocabulary vocabulary) {
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
                if (!keepStopWords && PolishDictionary.stopWords().contains(lower)) {
                    continue;
                }
                tokens.add(expandWord(lemmatizer, position, surface, lower, vocabulary));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return tokens;
    }

    private static QueryToken expandWord(
            Lemmatizer lemmatizer, int position, String surface, String lower, Vocabulary vocabulary) {
        // What the index makes of this very form comes first, always: the two sides agree by
        // construction, whatever the dictionary or the restoration below say about the word.
        var lemmas = new LinkedHashSet<String>(List.of(lemmatizer.terms(surface)));
        var folded = new LinkedHashSet<String>();
        // "bledy" is known only as a form of the place name Bled; typed in lower case it is far
        // more likely "błędy" without diacritics, so then the restored words join at full weight.
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
        if (!asTyped && typedFolded) {
            // An unknown word's ending is read with its diacritics (-ów, -ę, -ą): "startupow" or
            // "Nvidie" typed for startupów or Nvidię meet the stem the index made of those.
            for (String[] ending : FOLDED_ENDINGS) {
                if (lower.endsWith(ending[0])) {
                    String written = surface.substring(0, surface.length() - ending[0].length()) + ending[1];
                    lemmas.add(UnknownWordStemmer.stem(written));
                }
            }
        }
        // The typed letters themselves: "nato", "it", "pl" typed in lower case may be an acronym the
        // index keeps whole (NATO, IT, PŁ), which the dictionary reads as another word.
        lemmas.add(lower);
        folded.removeAll(lemmas);
        var derived = new LinkedHashSet<String>();
        if (lemmatizer.isAdjective(surface) || lemmatizer.isAdjective(lower)) {
            for (String lemma : lemmas) {
                for (String noun : Derivations.nounsOf(lemma, lemmatizer)) {
                    derived.add(noun.toLowerCase(Locale.ROOT));
                }
            }
        } else {
            for (String lemma : lemmas) {
                derived.addAll(Derivations.adjectivesOf(lemma, lemmatizer));
            }
        }
        derived.removeAll(lemmas);
        derived.removeAll(folded);
        var variants = new LinkedHashSet<String>();
        if (vocabulary != null && lemmas.stream().anyMatch(l -> vocabulary.docFreq(l) > 0)) {
            // Oscary and Oskary: another spelling counts only where the collection uses both
            for (String variant : SpellingVariants.of(lower)) {
                for (String term : lemmatizer.terms(variant)) {
                    if (!lemmas.contains(term) && vocabulary.docFreq(term) > 0) {
                        variants.add(term);
                    }
                }
            }
        }
        return new QueryToken(
                position,
                lower,
                new ArrayList<>(lemmas),
                new ArrayList<>(folded),
                new ArrayList<>(derived),
                new ArrayList<>(variants));
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
