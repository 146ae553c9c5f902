/**
 * The scale corpus and its queries: real Polish sentences recombined with a fixed seed into
 * articles with inflected company names, money and dates ({@code CorpusGenerator}), and a query
 * mix drawn from the corpus's own vocabulary ({@code QueryMix}).
 */
package pl.lupa.bench.corpus;
