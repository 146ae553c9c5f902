/**
 * The HTTP face: Javalin routes for the JSON API and the search page, errors as JSON, security
 * headers. Handlers validate, delegate to {@code search} and map exceptions to status codes.
 *
 * <p>Depends on {@code search} only.
 */
package pl.lupa.web;
