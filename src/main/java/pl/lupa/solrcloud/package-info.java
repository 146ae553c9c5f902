/**
 * SolrCloud over plain HTTP and JSON: {@code SolrCloudClient} sends requests to live nodes and
 * moves to the next when one fails; {@code SolrCollections} speaks the Collections API (aliases,
 * creating and deleting collections, the cluster's state). No Solr or Jetty class is used: Solr's
 * server side runs in processes of its own.
 *
 * <p>Depends on nothing else of Lupa's; {@code index}, {@code search} and {@code cli} use it.
 */
package pl.lupa.solrcloud;
