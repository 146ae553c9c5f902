package pl.lupa.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved news page: metadata from Open Graph, {@code <title>}, {@code <time>} and JSON-LD;
 * the body from {@code <article>} (or the main content) without the page's chrome.
 */
final class HtmlArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** " | Portal", " - Portal", " – Portal", " — Portal" at the end of a {@code <title>}. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{1,60}$");

    private static final String CHROME = "nav, header, footer, aside, script, style, noscript, form, iframe, "
            + "button, svg, template, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(?i).*\\b(cookie|consent|gdpr|rodo|newsletter|share|sharing|social|related|powiazane|promo|advert|reklama|comments?|breadcrumbs?)\\b.*");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, dt, dd";

    private HtmlArticleReader() {}

    static ReadResult read(String id, String html) throws SkippedInputException {
        Document doc = Jsoup.parse(html);
        var warnings = new ArrayList<String>();
        List<JsonNode> jsonLd = jsonLd(doc);

        String title = firstNonBlank(
                meta(doc, "property", "og:title"),
                stripSiteSuffix(doc.title()),
                ldText(jsonLd, "headline"),
                text(doc.selectFirst("h1")));
        String rawDate = firstNonBlank(
                meta(doc, "property", "article:published_time"),
                meta(doc, "name", "date"),
                meta(doc, "itemprop", "datePublished"),
                attr(doc.selectFirst("time[datetime]"), "datetime"),
                ldText(jsonLd, "datePublished"));
        Optional<LocalDate> date = PublicationDates.parse(rawDate);
        if (rawDate != null && date.isEmpty()) {
            warnings.add(id + ": date '" + rawDate + "' is not a date; left empty");
        }
        String author =
                firstNonBlank(meta(doc, "name", "author"), meta(doc, "property", "article:author"), ldAuthor(jsonLd));
        if (author != null && author.startsWith("http")) {
            author = ldAuthor(jsonLd);
        }
        String url = firstNonBlank(
                meta(doc, "property", "og:url"),
                attr(doc.selectFirst("link[rel=canonical]"), "href"),
                ldText(jsonLd, "url"));
        String source = firstNonBlank(meta(doc, "property", "og:site_name"), ldPublisher(jsonLd));

        Element content = mainContent(doc);
        if (content == null) {
            throw new SkippedInputException(SkipReason.EMPTY, "HTML page without a body");
        }
        content.select(CHROME).remove();
        content.getAllElements().stream()
                .filter(e -> e != content
                        && CHROME_CLASS.matcher(e.className() + " " + e.id()).matches())
                .toList()
                .forEach(Element::remove);
        // The headline is the title, not the first paragraph of the body.
        content.select("h1").remove();

        var lines = new ArrayList<String>();
        for (Element block : content.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1 && !block.is("li, td")) {
                continue; // its inner blocks are visited on their own
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                lines.add(text);
                lines.add("");
            }
        }
        if (lines.isEmpty()) {
            String text = content.text().strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        var cleaned = Boilerplate.clean(lines);
        String body = TextArticleReader.joinParagraphs(cleaned.lines());
        if (body.isBlank()) {
            throw new SkippedInputException(SkipReason.EMPTY, "HTML page without article text");
        }
        if (author == null) {
            author = cleaned.author();
        }
        if (title == null) {
            title = DerivedTitle.of(body);
        }
        var article = new Article(id, title, date.orElse(null), url, source, author, body);
        return new ReadResult(List.of(article), List.of(), warnings);
    }

    private static Element mainContent(Document doc) {
        var articles = doc.select("article");
        if (!articles.isEmpty()) {
            // The longest one: pages list teasers of other articles in <article> elements too.
            return articles.stream()
                    .max((a, b) -> Integer.compare(a.text().length(), b.text().length()))
                    .get();
        }
        Element main = doc.selectFirst("main, [role=main], #content, .content, .article, .post");
        return main != null ? main : doc.body();
    }

    static String stripSiteSuffix(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String stripped = SITE_SUFFIX.matcher(title.strip()).replaceFirst("");
        return stripped.isBlank() ? title.strip() : stripped;
    }

    private static String meta(Document doc, String attribute, String name) {
        Element e = doc.selectFirst("meta[" + attribute + "=" + name + "]");
        return e == null ? null : TextArticleReader.nonBlank(e.attr("content"));
    }

    private static String attr(Element e, String name) {
        return e == null ? null : TextArticleReader.nonBlank(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : TextArticleReader.nonBlank(e.text());
    }

    private static List<JsonNode> jsonLd(Document doc) {
        var nodes = new ArrayList<JsonNode>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (Exception malformed) {
                // Broken JSON-LD is common on real pages; the other metadata sources remain.
            }
        }
        return nodes;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    private static String ldText(List<JsonNode> nodes, String field) {
        for (JsonNode n : nodes) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    private static String ldAuthor(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            JsonNode author = n.get("author");
            if (author != null && author.isArray() && author.size() > 0) {
                author = author.get(0);
            }
            if (author != null && author.isTextual()) {
                return TextArticleReader.nonBlank(author.asText());
            }
            if (author != null && author.hasNonNull("name")) {
                return TextArticleReader.nonBlank(author.get("name").asText());
            }
        }
        return null;
    }

    private static String ldPublisher(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            JsonNode publisher = n.get("publisher");
            if (publisher != null && publisher.hasNonNull("name")) {
                return TextArticleReader.nonBlank(publisher.get("name").asText());
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
