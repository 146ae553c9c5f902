package pl.lupa.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a saved news page. Metadata come from what the page declares for machines
 * ({@link HtmlMetadata}), then from what a reader sees: the headline, a byline or dateline under
 * it, an interviewer's signature. The body is found by structure and text density, never by the
 * names of classes: the page is cut into blocks of text ({@link TextBlocks}), boxes of chrome are
 * set aside whole ({@link PageBoxes}), the article is located by where its prose is
 * ({@link ArticleRegion}), and what is left of chrome in it is recognised block by block
 * ({@link ContentBlockScorer}).
 */
final class HtmlArticleReader {

    /** How many blocks under the headline are searched for a byline. */
    private static final int BYLINE_WITHIN = 8;

    private HtmlArticleReader() {}

    static ReadResult read(String id, String html) throws SkippedInputException {
        Document doc = Jsoup.parse(html);
        var warnings = new ArrayList<String>();
        var meta = new HtmlMetadata(doc);
        Element body = doc.body();
        if (body == null) {
            throw new SkippedInputException(SkipReason.EMPTY, "HTML page without a body");
        }
        PageChrome.strip(body);
        List<TextBlock> blocks = TextBlocks.of(body);
        if (blocks.isEmpty()) {
            throw new SkippedInputException(SkipReason.EMPTY, "HTML page without a body");
        }
        String declared = meta.title();
        var sizes = new ElementSizes(body);
        var page = new Page(body, blocks, sizes, PageBoxes.find(body, blocks, sizes, saying(blocks, declared)));
        var region = ArticleRegion.locate(page, declared, meta.documentTitle());
        List<TextBlock> article = ArticleRegion.article(region, page);
        var text = new ArrayList<String>();
        article.forEach(b -> text.add(b.text()));
        String bodyText = String.join("\n\n", text);
        if (bodyText.isBlank()) {
            throw new SkippedInputException(SkipReason.EMPTY, "HTML page without article text");
        }

        var underHeadline = underHeadline(region, blocks);
        String rawDate = meta.published();
        Optional<LocalDate> date = PublicationDates.parse(rawDate);
        if (rawDate != null && date.isEmpty()) {
            warnings.add(id + ": date '" + rawDate + "' is not a date; left empty");
        }
        if (date.isEmpty()) {
            date = timeElement(page, region);
        }
        if (date.isEmpty()) {
            date = underHeadline.stream()
                    .map(b -> Optional.ofNullable(b.byline()).flatMap(Bylines.Byline::date))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        String author = meta.author();
        if (author == null) {
            author = bylineAuthor(underHeadline);
        }
        if (author == null) {
            author = signature(region, blocks);
        }
        String title = title(declared, region.headline(), meta.documentTitle());
        if (title == null) {
            title = DerivedTitle.of(bodyText);
        }
        var result = new Article(id, title, date.orElse(null), meta.url(), meta.source(), author, bodyText);
        return new ReadResult(List.of(result), List.of(), warnings);
    }

    /** The elements whose text is the declared title: one of them is the headline. */
    private static Set<Element> saying(List<TextBlock> blocks, String title) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        if (title != null) {
            String wanted = ArticleRegion.comparable(title);
            for (TextBlock b : blocks) {
                if (b.text().length() == wanted.length()
                        && ArticleRegion.comparable(b.text()).equals(wanted)) {
                    out.add(b.owner());
                }
            }
        }
        return out;
    }

    /**
     * The title: the declared one; else the headline found on the page when the {@code <title>}
     * repeats it or it is a sentence of its own; else the {@code <title>} without the site's name.
     */
    private static String title(String declared, TextBlock headline, String docTitle) {
        if (declared != null) {
            return declared;
        }
        if (headline != null
                && (docTitle == null || ArticleRegion.repeats(docTitle, headline.text()) || headline.words() >= 4)) {
            return headline.text();
        }
        return HtmlMetadata.withoutSiteName(docTitle);
    }

    /** The first blocks under the headline (or at the top of the article), where bylines stand. */
    private static List<TextBlock> underHeadline(ArticleRegion.Region region, List<TextBlock> blocks) {
        int from = region.headline() == null ? 0 : region.headline().index() + 1;
        var out = new ArrayList<TextBlock>();
        for (int i = from; i < blocks.size() && out.size() < BYLINE_WITHIN; i++) {
            if (ArticleRegion.isWithin(blocks.get(i).owner(), region.root())) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    /**
     * The date of the first {@code <time datetime>} under the headline that is not labelled as an
     * update, in the article first, then anywhere below: a teaser's time above the headline is
     * not the article's.
     */
    private static Optional<LocalDate> timeElement(Page page, ArticleRegion.Region region) {
        Element body = page.body();
        var order = new IdentityHashMap<Element, Integer>();
        for (Element e : body.getAllElements()) {
            order.put(e, order.size());
        }
        int after = region.headline() == null
                ? -1
                : order.getOrDefault(region.headline().owner(), -1);
        for (Element scope : new Element[] {region.root(), body}) {
            for (Element time : scope.select("time[datetime]")) {
                if (order.get(time) > after && !page.inBox(time) && !Bylines.saysUpdated(textBefore(time))) {
                    var date = PublicationDates.parse(time.attr("datetime"));
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Up to 40 characters of text right before an element, across its parents' earlier children. */
    private static String textBefore(Element e) {
        var before = new StringBuilder();
        for (Node n = e; n != null && before.length() < 40; n = n.parent()) {
            for (Node s = n.previousSibling(); s != null && before.length() < 40; s = s.previousSibling()) {
                String t = s instanceof TextNode tn ? tn.text() : s instanceof Element el ? el.text() : "";
                before.insert(0, t + " ");
            }
            if (n.parent() instanceof Element p && !TextBlocks.isInline(p)) {
                break; // the block's start
            }
        }
        return before.toString().strip();
    }

    /**
     * The author a byline under the headline names ("Autor: Piotr Zieliński | 05.03.2025"), or a
     * line that is only a name right beside a dated one ("Agata Szulc" above "16 maja 2024").
     */
    private static String bylineAuthor(List<TextBlock> underHeadline) {
        var bylines =
                underHeadline.stream().map(b -> Optional.ofNullable(b.byline())).toList();
        for (var byline : bylines) {
            if (byline.isPresent() && byline.get().author() != null) {
                return byline.get().author();
            }
        }
        for (int i = 0; i < underHeadline.size(); i++) {
            if (Bylines.isBareName(underHeadline.get(i).text()) && (dated(bylines, i - 1) || dated(bylines, i + 1))) {
                return underHeadline.get(i).text();
            }
        }
        return null;
    }

    private static boolean dated(List<Optional<Bylines.Byline>> bylines, int i) {
        return i >= 0
                && i < bylines.size()
                && bylines.get(i).flatMap(Bylines.Byline::date).isPresent();
    }

    /** The interviewer's name from a signature line anywhere in the article ("Rozmawiał: …"). */
    private static String signature(ArticleRegion.Region region, List<TextBlock> blocks) {
        for (TextBlock b : blocks) {
            if (ArticleRegion.isWithin(b.owner(), region.root())) {
                var name = ChromeLines.signature(b.text());
                if (name.isPresent()) {
                    return name.get();
                }
            }
        }
        return null;
    }
}
