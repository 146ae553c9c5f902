/**
 * Articles to a Lucene index: {@code ArticleSchema} owns every field name and type, and
 * {@code IndexJob} builds or updates the index incrementally in one atomic commit.
 *
 * <p>Depends on {@code ingest}, {@code extract} and {@code analysis}; never on {@code search}:
 * the two share only the index directory and the schema.
 */
package pl.lupa.index;
