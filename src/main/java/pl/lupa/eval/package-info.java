/**
 * Ranking measured on judged queries: {@code lupa eval} runs Lupa (with any ranking constants)
 * and stock Lucene set-ups over the same articles and prints nDCG@10, P@10, MRR and recall@100,
 * per query and on average, with a paired randomisation test against the first ranking.
 *
 * <p>Depends on {@code search}, {@code index} and {@code ingest}; only {@code cli} uses it.
 */
package pl.lupa.eval;
