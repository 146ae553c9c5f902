/**
 * Text to entities: the companies an article names (gazetteer and discovered, any case form),
 * the money amounts in Polish notation and the dates, absolute and relative to publication.
 * {@code EntityExtractor} is the entry point; the recognisers share one cut of the text into
 * {@code Tokens}.
 *
 * <p>Depends on {@code analysis} only, for the dictionary's lemmas.
 */
package pl.lupa.extract;
