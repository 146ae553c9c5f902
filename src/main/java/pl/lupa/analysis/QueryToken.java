package pl.lupa.analysis;

import java.util.List;

/**
 * One word of a query with the terms it may match, strongest first.
 *
 * @param position position in the query (stop words leave gaps, as in the index)
 * @param exact    the written form, lower case: matches the exact-form fields
 * @param lemmas   index terms of the word: its lemmas, or its stem when the dictionary does not
 *                 know it (lemmas of its diacritic restoration when typed without diacritics)
 * @param folded   lemmas of other words that differ only in diacritics ({@code laska → łaska});
 *                 matched with a lower weight
 * @param derived  the nouns an adjective is made from, as the dictionary confirms them
 *                 ({@code gazowy → gaz}); matched with a lower weight
 * @param variants the terms of other spellings of a foreign word that the collection uses beside
 *                 the typed one ({@code oscary → oskar}); matched with a lower weight
 */
public record QueryToken(
        int position,
        String exact,
        List<String> lemmas,
        List<String> folded,
        List<String> derived,
        List<String> variants) {

    public QueryToken {
        lemmas = List.copyOf(lemmas);
        folded = List.copyOf(folded);
        derived = List.copyOf(derived);
        variants = List.copyOf(variants);
    }
}
