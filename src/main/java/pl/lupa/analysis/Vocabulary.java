package pl.lupa.analysis;

/**
 * How many articles of the index hold a term (of the lemma fields): what the query side asks when
 * a choice depends on the collection — which derived noun its articles use, whether a spelling
 * variant occurs at all.
 */
@FunctionalInterface
public interface Vocabulary {

    /** No collection to ask: every term counts as present. */
    Vocabulary ANY = term -> 1;

    long docFreq(String term);
}
