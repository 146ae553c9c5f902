package pl.lupa.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Cuts a page into the blocks of text a reader sees, in document order. A block ends where a
 * block-level element starts or ends and at every {@code <br>}, since old CMSs and blogs separate
 * paragraphs with line breaks instead of {@code <p>}. A table row whose cells hold only inline
 * text is one block, its cells joined by spaces: that is a row of data; a row whose cells hold
 * paragraphs or tables is layout, and its cells are read like any other container. What the words
 * of each block say of it (a label, a credit, a byline) is read once, here.
 */
final class TextBlocks {

    /** Elements that flow inside a line; every other element, known or not, starts a new block. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
            "img", "ins", "kbd", "label", "mark", "nobr", "picture", "q", "s", "samp", "small", "source", "span",
            "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "meta", "link", "amp-img");

    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator BOLD = QueryParser.parse("b, strong");

    private TextBlocks() {}

    static List<TextBlock> of(Element root) {
        var cutter = new Cutter();
        cutter.visit(root, root, null, false);
        cutter.flush();
        return cutter.blocks;
    }

    static boolean isInline(Element e) {
        return INLINE.contains(e.normalName());
    }

    private static final class Cutter {
        final List<TextBlock> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int chars;
        int linkChars;
        int boldChars;
        Element owner;
        /** The link all linked text so far is in, and whether a second one has appeared. */
        Element link;

        boolean manyLinks;

        void visit(Element element, Element block, Element inLink, boolean inBold) {
            for (Node node : element.childNodes()) {
                if (node instanceof TextNode t) {
                    append(t.getWholeText(), block, inLink, inBold);
                } else if (node instanceof Element child) {
                    String name = child.normalName();
                    Element inner = inLink != null ? inLink : name.equals("a") && child.hasAttr("href") ? child : null;
                    boolean bold = inBold || name.equals("b") || name.equals("strong");
                    if (name.equals("br")) {
                        flush();
                    } else if (isInline(child)) {
                        visit(child, block, inner, bold);
                        if (name.equals("time")) {
                            append(" ", block, null, false); // two dates side by side are two words
                        }
                    } else if (name.equals("tr") && isDataRow(child)) {
                        flush();
                        row(child, inner);
                    } else {
                        flush();
                        visit(child, child, inner, bold);
                        flush();
                    }
                }
            }
        }

        void append(String raw, Element block, Element inLink, boolean inBold) {
            if (owner == null) {
                owner = block;
            }
            text.append(raw);
            int visible = visibleChars(raw);
            chars += visible;
            if (inLink != null && visible > 0) {
                linkChars += visible;
                manyLinks |= link != null && link != inLink;
                link = inLink;
            }
            if (inBold) {
                boldChars += visible;
            }
        }

        void row(Element tr, Element inLink) {
            var cells = new ArrayList<String>();
            for (Element cell : tr.children()) {
                String cellText = normalize(cell.text());
                if (!cellText.isEmpty()) {
                    cells.add(cellText);
                }
            }
            if (cells.isEmpty()) {
                return;
            }
            owner = tr;
            text.append(String.join(" ", cells));
            chars = visibleChars(text);
            linkChars = inLink != null ? chars : charsIn(tr, LINKS);
            boldChars = charsIn(tr, BOLD);
            // A row of one cell is a line of a layout table, not a row of data.
            emit(cells.size() > 1 ? TextBlock.Role.TABLE_ROW : TextBlock.Role.PARAGRAPH, 0);
        }

        void flush() {
            if (owner == null) {
                return;
            }
            if (chars == 0) {
                reset();
                return;
            }
            var role = TextBlock.Role.PARAGRAPH;
            int level = 0;
            for (Element e = owner; e != null; e = e.parent()) {
                String name = e.normalName();
                if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                    role = TextBlock.Role.HEADING;
                    level = name.charAt(1) - '0';
                    break;
                }
                if (name.equals("figcaption")) {
                    role = TextBlock.Role.CAPTION;
                    break;
                }
                if (name.equals("li") || name.equals("dd") || name.equals("dt")) {
                    role = TextBlock.Role.LIST_ITEM;
                    break;
                }
                if (!isInline(e) && !name.equals("p") && !name.equals("div") && !name.equals("span")) {
                    break; // a section, an article, a table cell: no role reaches past it
                }
            }
            emit(role, level);
        }

        void emit(TextBlock.Role role, int level) {
            String normalized = normalize(text);
            if (!normalized.isEmpty()) {
                Element wholeLink = !manyLinks && linkChars == chars ? link : null;
                blocks.add(new TextBlock(
                        blocks.size(),
                        normalized,
                        chars,
                        linkChars,
                        boldChars,
                        owner,
                        wholeLink,
                        role,
                        level,
                        DerivedTitle.words(normalized),
                        ChromeLines.of(normalized).orElse(null),
                        Bylines.parse(normalized).orElse(null)));
            }
            reset();
        }

        void reset() {
            text.setLength(0);
            chars = 0;
            linkChars = 0;
            boldChars = 0;
            owner = null;
            link = null;
            manyLinks = false;
        }
    }

    /** A row of data: no cell holds a block of its own or a line break. */
    private static boolean isDataRow(Element tr) {
        for (Element cell : tr.children()) {
            for (Element inside : cell.getAllElements()) {
                if (inside != cell && (!isInline(inside) || inside.normalName().equals("br"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int charsIn(Element e, Evaluator query) {
        int n = 0;
        for (Element inside : e.select(query)) {
            n += visibleChars(inside.text());
        }
        return Math.min(n, visibleChars(e.text()));
    }

    /** Entities are decoded by the parser; every kind of space, including {@code &nbsp;}, becomes one space. */
    static String normalize(CharSequence raw) {
        var out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u200b' || c == '\ufeff') {
                continue; // zero-width: neither a letter nor a space
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static int visibleChars(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\ufeff') {
                n++;
            }
        }
        return n;
    }
}
