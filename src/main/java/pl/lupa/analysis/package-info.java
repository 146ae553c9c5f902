/**
 * Polish text analysis shared by the index and the search: the lemma chain over Morfologik's
 * dictionary with a stemmer for unknown words ({@code LupaAnalyzers}), the query-side expansion
 * with diacritics restored ({@code QueryExpander}), and the sentence breaks of news prose.
 *
 * <p>Depends on nothing else of Lupa's; every other package may use it.
 */
package pl.lupa.analysis;
