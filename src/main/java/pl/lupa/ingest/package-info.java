/**
 * Files to articles: finds the article files under the docs folders ({@code DocsWalker}), reads
 * each format ({@code ArticleReader}: Markdown and text with or without front matter, saved HTML
 * pages, JSON Lines feeds), decodes their text and removes what pages and scrapers leave around
 * an article. The result is an {@code Article}, or a typed skip that says where and why.
 *
 * <p>Depends on nothing else of Lupa's: it is the top of the flow.
 */
package pl.lupa.ingest;
