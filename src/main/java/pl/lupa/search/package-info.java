/**
 * Requests to results: parameters validated against one list ({@code SearchParam},
 * {@code RequestParser}), the query text parsed forgivingly and built over lemmas
 * ({@code QueryBuilder}), matches counted with drill-sideways facets ({@code MatchCounter}) and
 * hits highlighted ({@code HitBuilder}). {@code SearchBackend} is what the web and the CLI call:
 * {@code LupaSearcher} over the embedded index, {@code SolrSearcher} over a SolrCloud collection.
 *
 * <p>Depends on {@code index} (the schema), {@code extract} (stored entities), {@code analysis}
 * and {@code solrcloud} (HTTP to Solr); never on {@code web} or {@code cli}.
 */
package pl.lupa.search;
