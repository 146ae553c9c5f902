package pl.lupa.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article in machine-readable form: Open Graph and other
 * {@code <meta>} tags, JSON-LD (with Yoast's {@code @graph} and {@code @id} references) and
 * schema.org microdata. Article nodes of JSON-LD are read before any other node, so a
 * breadcrumb's or a web page's name is not taken for the headline.
 */
final class HtmlMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What stands between a site's name and the headline in a {@code <title>}: " | ", " - ", " – ", " :: ", " • ". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—•»-]|::)\\s+");

    private final Document doc;
    private final List<JsonNode> linkedData;

    HtmlMetadata(Document doc) {
        this.doc = doc;
        this.linkedData = linkedData(doc);
    }

    /** The headline as the page declares it for machines, or null. */
    String title() {
        return firstNonBlank(
                meta("property", "og:title"),
                ld("headline"),
                itemprop("headline"),
                meta("name", "dcterms.title"),
                meta("name", "DC.title"),
                meta("name", "twitter:title"));
    }

    /** The text of {@code <title>}, which usually carries the site's name too, or null. */
    String documentTitle() {
        return TextArticleReader.nonBlank(TextBlocks.normalize(doc.title()));
    }

    /** The raw publication date, or null; the date a page was modified is never taken. */
    String published() {
        return firstNonBlank(
                meta("property", "article:published_time"),
                ld("datePublished"),
                itemprop("datePublished"),
                meta("name", "dcterms.date"),
                meta("name", "DC.date"),
                meta("name", "date"),
                meta("name", "pubdate"));
    }

    String author() {
        return firstNonBlank(
                person(meta("name", "author")),
                ldAuthor(),
                itempropAuthor(),
                person(meta("property", "article:author")),
                text(doc.selectFirst("a[rel=author]")));
    }

    String url() {
        return firstNonBlank(
                meta("property", "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"), ld("url"));
    }

    String source() {
        return firstNonBlank(meta("property", "og:site_name"), ldPublisher());
    }

    /**
     * The {@code <title>} without the site's name, which stands before or after the headline
     * behind a separator and is the shorter side of it.
     */
    static String withoutSiteName(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        var separators = SEPARATOR.matcher(t).results().toList();
        if (separators.isEmpty()) {
            return t;
        }
        var last = separators.get(separators.size() - 1);
        if (t.length() - last.end() < last.start()) {
            return t.substring(0, last.start()).strip();
        }
        var first = separators.get(0);
        return first.start() < t.length() - first.end()
                ? t.substring(first.end()).strip()
                : t;
    }

    /** A name, not the URL of an author's profile that some pages put in author tags. */
    private static String person(String value) {
        return value == null || value.startsWith("http") ? null : value;
    }

    private String meta(String attribute, String name) {
        Element e = doc.selectFirst("meta[" + attribute + "=" + name + "]");
        return e == null ? null : TextArticleReader.nonBlank(e.attr("content"));
    }

    /** A microdata property: {@code content} of a meta, {@code datetime} of a time, {@code title} of an abbr, or the text. */
    private String itemprop(String name) {
        for (Element e : doc.select("[itemprop~=(^|\\s)" + name + "(\\s|$)]")) {
            String value = firstNonBlank(e.attr("content"), e.attr("datetime"), e.attr("title"), e.text());
            if (value != null) {
                return TextBlocks.normalize(value);
            }
        }
        return null;
    }

    private String itempropAuthor() {
        for (Element e : doc.select("[itemprop~=(^|\\s)author(\\s|$)]")) {
            Element name = e.selectFirst("[itemprop~=(^|\\s)name(\\s|$)]");
            String value = name != null
                    ? firstNonBlank(name.attr("content"), name.text())
                    : firstNonBlank(e.attr("content"), e.text());
            if (value != null && !value.startsWith("http")) {
                return TextBlocks.normalize(value);
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : TextArticleReader.nonBlank(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : TextArticleReader.nonBlank(TextBlocks.normalize(e.text()));
    }

    private static List<JsonNode> linkedData(Document doc) {
        var nodes = new ArrayList<JsonNode>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (Exception malformed) {
                // Broken JSON-LD is common on real pages; the other metadata sources remain.
            }
        }
        // Article nodes first: a page's WebPage or BreadcrumbList node has names and dates too.
        var articles = new ArrayList<JsonNode>();
        var others = new ArrayList<JsonNode>();
        for (JsonNode n : nodes) {
            (isArticle(n) ? articles : others).add(n);
        }
        articles.addAll(others);
        return articles;
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String name = t.asText();
            if (name.endsWith("Article") || name.endsWith("Posting")) {
                return true;
            }
        }
        return false;
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

    private String ld(String field) {
        for (JsonNode n : linkedData) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return TextBlocks.normalize(v.asText());
            }
        }
        return null;
    }

    private String ldAuthor() {
        for (JsonNode n : linkedData) {
            JsonNode author = n.get("author");
            if (author != null && author.isArray() && author.size() > 0) {
                author = author.get(0);
            }
            if (author == null) {
                continue;
            }
            if (author.isTextual()) {
                return person(TextArticleReader.nonBlank(author.asText()));
            }
            if (author.hasNonNull("name")) {
                return TextArticleReader.nonBlank(author.get("name").asText());
            }
            if (author.hasNonNull("@id")) {
                String name = byId(author.get("@id").asText(), "name");
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** A field of the node with that {@code @id}: Yoast refers to the author by id. */
    private String byId(String id, String field) {
        for (JsonNode n : linkedData) {
            if (n.hasNonNull("@id") && n.get("@id").asText().equals(id) && n.hasNonNull(field)) {
                return TextArticleReader.nonBlank(n.get(field).asText());
            }
        }
        return null;
    }

    private String ldPublisher() {
        for (JsonNode n : linkedData) {
            JsonNode publisher = n.get("publisher");
            if (publisher != null && publisher.hasNonNull("name")) {
                return TextArticleReader.nonBlank(publisher.get("name").asText());
            }
            if (publisher != null && publisher.hasNonNull("@id")) {
                String name = byId(publisher.get("@id").asText(), "name");
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
