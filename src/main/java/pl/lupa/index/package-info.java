/**
 * Articles to a Lucene index or a SolrCloud collection: {@code ArticleSchema} owns every field
 * name and type, {@code IndexJob} builds or updates the embedded index incrementally in one atomic
 * commit, and {@code SolrIndexJob} runs the same {@code IndexRun} into a collection (its rebuild
 * switches an alias). The run writes through {@code ArticleStore}, one implementation per engine.
 *
 * <p>Depends on {@code ingest}, {@code extract}, {@code analysis} and {@code solrcloud} (HTTP to
 * Solr); never on {@code search}: the two share only the index and the schema.
 */
package pl.lupa.index;
