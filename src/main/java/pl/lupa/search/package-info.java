/**
 * Requests to results: parameters validated against one list ({@code SearchParam},
 * {@code RequestParser}), the query text parsed forgivingly and built over lemmas
 * ({@code QueryBuilder}), matches counted with drill-sideways facets ({@code MatchCounter}) and
 * hits highlighted ({@code HitBuilder}). {@code LupaSearcher} is the facade the web and the CLI
 * call.
 *
 * <p>Depends on {@code index} (the schema), {@code extract} (stored entities) and
 * {@code analysis}; never on {@code web} or {@code cli}.
 */
package pl.lupa.search;
