package pl.lupa.extract;

import java.util.Set;
import pl.lupa.analysis.UnknownWordStemmer;

/**
 * A hand-kept list of words given by their lemmas and matched in any inflected form through the
 * dictionary: {@code spółka} finds "spółki", "spółce", "spółką"; {@code ogłosić} finds "ogłosiła"
 * and "ogłosili". A word the dictionary does not know (a foreign first name, "ceo") is matched by
 * the stem the analysis gives it ({@code jensen} finds "Jensena"), or as written. The ending
 * after a hyphen stands for the whole word without its hyphen ("start-upu" for {@code startup}),
 * the ending after an apostrophe for the word before it ("Steve'a" for {@code steve}).
 */
final class LemmaList {

    private final Set<String> lemmas;

    private LemmaList(Set<String> lemmas) {
        this.lemmas = lemmas;
    }

    /**
     * @param lemmas separated by white space, lower case, as the dictionary writes them; a word the
     *               dictionary does not know is also kept as the stem the analysis gives its forms
     *               ({@code nikola → nikol})
     */
    static LemmaList of(String lemmas) {
        var all = new java.util.HashSet<String>();
        for (String lemma : lemmas.strip().split("\\s+")) {
            all.add(lemma);
            all.add(UnknownWordStemmer.stem(lemma.replace("-", "")));
        }
        return new LemmaList(Set.copyOf(all));
    }

    /** True when {@code lemma} is one of the lemmas. */
    boolean contains(String lemma) {
        return lemmas.contains(lemma);
    }

    /** True when token {@code i} is a form of one of the lemmas. */
    boolean contains(Tokens tokens, int i, Lemmas dictionary) {
        if (!tokens.isWord(i)) {
            return false;
        }
        for (String lemma : dictionary.of(tokens, i)) {
            if (lemmas.contains(lemma)) {
                return true;
            }
        }
        if (lemmas.contains(tokens.lower(i))) {
            return true;
        }
        // the ending of a word cut by a hyphen or an apostrophe: "start-upu" is start, -, upu and
        // stands for "startupu"; "Steve'a" is Steve, ', a and stands for Steve
        int mark = i - 1;
        if (!tokens.touchesPrevious(i) || !tokens.touchesPrevious(mark) || !tokens.isWord(mark - 1)) {
            return false;
        }
        String before = tokens.lower(mark - 1);
        if (tokens.isPunct(mark, '-')) {
            String joined = before + tokens.lower(i);
            return lemmas.contains(joined) || lemmas.contains(UnknownWordStemmer.stem(joined));
        }
        return (tokens.isPunct(mark, '\'') || tokens.isPunct(mark, '’')) && lemmas.contains(before);
    }
}
