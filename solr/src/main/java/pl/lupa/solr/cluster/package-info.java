/**
 * {@code ./lupa cluster}: a local SolrCloud of separate processes for development and tests
 * ({@code LocalCluster}), from Maven artifacts and no Solr distribution. The cluster's JVMs run
 * from {@code lupa-solr.jar}; Lupa's analysis reaches the nodes only through the plugin jar in
 * each node's {@code lib/}.
 */
package pl.lupa.solr.cluster;
