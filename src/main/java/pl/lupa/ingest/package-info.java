/**
 * Files to articles: finds the article files under the docs folders ({@code DocsWalker}), reads
 * each format ({@code ArticleReader}: Markdown and text with or without front matter, saved HTML
 * pages, JSON Lines feeds), decodes their text and removes what pages and scrapers leave around
 * an article. A saved page is read by structure and text density ({@code HtmlArticleReader}):
 * its blocks of text, the boxes of chrome among them, where its prose is. The result is an
 * {@code Article}, or a typed skip that says where and why.
 *
 * <p>Depends only on {@code analysis}, whose sentence breaks cut the titles it derives from text.
 */
package pl.lupa.ingest;
