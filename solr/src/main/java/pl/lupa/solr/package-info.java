/**
 * What a Solr node loads from {@code lupa-solr-plugin.jar}: the {@code lupa} query parser, beside
 * the product's analysis factories ({@code pl.lupa.analysis}) that the configset's schema names.
 * Only Solr's and the product's analysis and search classes; nothing of the cluster tooling.
 */
package pl.lupa.solr;
