package pl.lupa.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The nouns a relational adjective is made from, where the dictionary confirms them: {@code gazowy
 * → gaz}, {@code naftowy → nafta}, {@code unijny → unia}, {@code kulturalny → kultura},
 * {@code polski → Polska}, {@code łódzki → Łódź}, {@code księżycowy → księżyc}. A query word such as
 * "spór gazowy" then also finds the articles that say "gaz" or "dostawy gazu", with a lower weight.
 *
 * <p>The rules only propose: a candidate counts when the dictionary knows it as a noun's lemma, so
 * a rule that fits some adjectives and not others adds nothing wrong to the others. (Verbal nouns
 * need no rule: the dictionary already gives "inwestowanie" the lemma of its verb.) The rules are
 * read both ways: a noun leads to the adjectives made from it ({@link #adjectivesOf}).
 */
final class Derivations {

    /** Adjective endings (of the masculine lemma) and the noun endings that may replace them. */
    private static final String[][] RULES = {
        {"owski", "ów", "owo", "owa", "owice"},
        {"jański", ""},
        {"dzki", "dź"},
        {"ański", "", "a", "an"},
        {"yjny", "ja"},
        {"ijny", "ia"},
        {"iczny", "ika", "ik", "ia"},
        {"yczny", "yka", "ia"},
        {"alny", "", "a", "ał"},
        {"arny", "ar", "ara"},
        {"owy", "", "a", "o"},
        {"ski", "ska", "sk", "a", "", "ia"},
        {"cki", "k", "ka", "cja", "cy"},
        {"ny", "", "a", "o", "e"},
    };

    private Derivations() {}

    /**
     * The nouns the dictionary confirms for an adjective lemma (lower case), common or proper, by the
     * longest matching ending's rule; none for other words. Several may be confirmed ({@code polski →
     * Polska, Pola}, {@code warszawski → Warszawa, Warszawska}): the search keeps the one most
     * articles use.
     */
    static List<String> nounsOf(String lemma, Lemmatizer lemmatizer) {
        for (String[] rule : RULES) {
            if (!lemma.endsWith(rule[0]) || lemma.length() - rule[0].length() < 2) {
                continue;
            }
            String stem = lemma.substring(0, lemma.length() - rule[0].length());
            var out = new ArrayList<String>();
            for (int i = 1; i < rule.length; i++) {
                String candidate = stem + rule[i];
                if (!candidate.equals(lemma)
                        && !out.contains(candidate)
                        && (lemmatizer.isNounLemma(candidate, false) || lemmatizer.isNounLemma(candidate, true))) {
                    out.add(candidate);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * The relational adjectives the dictionary confirms for a noun lemma (lower case): the other
     * direction of {@link #nounsOf}, so "ulewy" also finds "ulewne opady" ({@code ulewa → ulewny}).
     * An adjective counts only when the dictionary knows it as an adjective's lemma and {@link
     * #nounsOf} leads back from it to this noun, so both directions agree.
     */
    static List<String> adjectivesOf(String noun, Lemmatizer lemmatizer) {
        var out = new ArrayList<String>();
        for (String[] rule : RULES) {
            for (int i = 1; i < rule.length; i++) {
                String ending = rule[i];
                if (!noun.endsWith(ending) || noun.length() - ending.length() < 2) {
                    continue;
                }
                String candidate = noun.substring(0, noun.length() - ending.length()) + rule[0];
                if (!candidate.equals(noun)
                        && !out.contains(candidate)
                        && lemmatizer.isAdjectiveLemma(candidate)
                        && nounsOf(candidate, lemmatizer).contains(noun)) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }
}
