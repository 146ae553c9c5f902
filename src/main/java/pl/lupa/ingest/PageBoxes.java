package pl.lupa.ingest;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Finds the boxes of a page that are not the article, whole: a box is dropped with everything in
 * it, so that a promotional sentence in an ad, the lead of a teaser or the prose of a comment
 * never reaches the body. A box is recognised by what it is made of, not by what its classes are
 * called:
 *
 * <ul>
 *   <li>a box whose first words are a label — "Reklama", "Materiał partnera", "Czytaj także",
 *       "Komentarze (12)", "Udostępnij", "Tagi" ({@link ChromeLines#label});
 *   <li>a teaser: a headline that is wholly a link, with its lead and date around it;
 *   <li>a widget: the box around a form field or a button — newsletter sign-ups, comment forms,
 *       polls, feedback and reaction rows, cookie notices;
 *   <li>a block that is mostly links: menus, "read also" lists, tag rows, share bars;
 *   <li>a thread of comments: items side by side that open with a name and a date;
 *   <li>what HTML declares to be navigation, a footer, a banner or a search.
 * </ul>
 *
 * <p>No box may hold the headline: whatever holds it holds the article too.
 */
final class PageBoxes {

    /** Link text share above which a block is a list of links rather than text. */
    static final double LINK_DENSE = 0.5;
    /** Longest label-headed box other than comments: an ad or a list of links is short. */
    private static final int LABELLED_BOX_MAX = 1000;

    private static final int TEASER_MAX = 400;
    private static final int FORM_BOX_MAX = 300;
    private static final int BUTTON_BOX_MAX = 150;
    private static final Evaluator SEMANTIC = QueryParser.parse("nav, footer, menu, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=search], [role=menu], [role=menubar], [role=toolbar]");

    private final Element body;
    private final ElementSizes sizes;
    private final Set<Element> headlines;
    private final Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());

    private PageBoxes(Element body, ElementSizes sizes, Set<Element> headlines) {
        this.body = body;
        this.sizes = sizes;
        this.headlines = headlines;
    }

    /** The boxes of the page; {@code headlines} are the elements that may be its headline. */
    static Set<Element> find(Element body, List<TextBlock> blocks, ElementSizes sizes, Set<Element> headlines) {
        var finder = new PageBoxes(body, sizes, headlines);
        finder.semantic();
        finder.labelled();
        finder.boxes.addAll(CommentThreads.find(body, blocks, sizes, finder::holdsHeadline));
        finder.teasers(blocks);
        finder.widgets();
        finder.linkDense(body);
        return finder.outermost();
    }

    /** The boxes that are in no other box: a box is dropped whole, so what is inside it is no box of its own. */
    private Set<Element> outermost() {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element box : boxes) {
            boolean inner = false;
            for (Element a = box.parent(); a != null && !inner; a = a.parent()) {
                inner = boxes.contains(a);
            }
            if (!inner) {
                out.add(box);
            }
        }
        return out;
    }

    /** What HTML says is navigation, a footer, a site's banner or a search: never an article, whatever it holds. */
    private void semantic() {
        for (Element e : body.select(SEMANTIC)) {
            if (!holdsHeadline(e)) {
                boxes.add(e);
            }
        }
    }

    private void labelled() {
        for (Element e : body.getAllElements()) {
            int chars = sizes.chars(e);
            if (chars == 0 || chars > ChromeLines.LABEL_MAX || hasChildWithText(e, chars)) {
                continue; // the label is the smallest element that holds the words
            }
            var kind = ChromeLines.label(e.text());
            if (kind.isEmpty()) {
                continue;
            }
            int max = kind.get() == ChromeLines.Kind.COMMENTS ? Integer.MAX_VALUE : LABELLED_BOX_MAX;
            Element box = e;
            TextNode first = firstText(e);
            for (Element p = e.parent(); p != null && p != body; p = p.parent()) {
                if (sizes.chars(p) > max || holdsHeadline(p) || firstText(p) != first) {
                    break;
                }
                box = p;
            }
            boxes.add(box);
        }
    }

    /** A headline that is wholly one link, and what belongs to it: its lead, its date, its picture. */
    private void teasers(List<TextBlock> blocks) {
        var linked = Collections.newSetFromMap(new IdentityHashMap<Element, Boolean>());
        for (TextBlock b : blocks) {
            if (b.link() != null && b.words() >= 3 && linksAway(b.link()) && !isHeadline(b.link())) {
                linked.add(b.link());
            }
        }
        for (Element headline : linked) {
            Element card = headline;
            for (Element p = headline.parent(); p != null && p != body; p = p.parent()) {
                if (holdsHeadline(p) || sizes.chars(p) > TEASER_MAX || holdsAnother(p, headline, linked)) {
                    break;
                }
                card = p;
            }
            boxes.add(card);
        }
    }

    /**
     * The box around a form field (a newsletter sign-up, a comment form, a poll) or around a
     * button (a cookie notice, "Czy ten artykuł był pomocny? Tak / Nie", a reactions row): a
     * widget, whose words are its prompt, not text.
     */
    private void widgets() {
        for (Element control : body.select("form, input:not([type=hidden]), textarea, select")) {
            boxes.add(widget(control, FORM_BOX_MAX));
        }
        for (Element control : body.select("button, [role=button]")) {
            boxes.add(widget(control, BUTTON_BOX_MAX));
        }
    }

    private Element widget(Element control, int max) {
        Element box = control;
        for (Element p = control.parent(); p != null && p != body; p = p.parent()) {
            if (holdsHeadline(p) || sizes.chars(p) > max) {
                break;
            }
            box = p;
        }
        return box;
    }

    private void linkDense(Element e) {
        for (Element child : e.children()) {
            if (!TextBlocks.isInline(child)
                    && sizes.chars(child) > 0
                    && sizes.linkDensity(child) >= LINK_DENSE
                    && !holdsHeadline(child)) {
                boxes.add(child);
            } else {
                linkDense(child);
            }
        }
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsHeadline(Element e) {
        for (Element h : headlines) {
            if (h == e || isInside(h, e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element is a headline or inside one: a headline may link to its own article. */
    private boolean isHeadline(Element e) {
        for (Element h : headlines) {
            if (h == e || isInside(e, h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAnother(Element p, Element headline, Set<Element> linked) {
        for (Element e : p.getAllElements()) {
            if (e != headline && linked.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** A link to another page, not to a place on this one. */
    private static boolean linksAway(Element a) {
        String href = a.attr("href").strip();
        return !href.isEmpty() && !href.startsWith("#") && !href.startsWith("javascript:");
    }

    private boolean hasChildWithText(Element e, int chars) {
        for (Element child : e.children()) {
            if (sizes.chars(child) == chars) {
                return true;
            }
        }
        return false;
    }

    /** The first text node with visible characters inside an element, or null. */
    private static TextNode firstText(Element e) {
        TextNode[] first = {null};
        e.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && TextBlocks.visibleChars(t.getWholeText()) > 0) {
                    first[0] = t;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        return first[0];
    }
}
