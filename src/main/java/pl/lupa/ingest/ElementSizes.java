package pl.lupa.ingest;

import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element of a page holds, how much of it is inside links, and how many
 * pictures: counted once for the whole page, bottom up, so that judging a box never reads the
 * text of its subtree again.
 */
final class ElementSizes {

    private static final Set<String> PICTURES = Set.of("img", "picture", "amp-img", "video", "svg");

    private final IdentityHashMap<Element, int[]> sizes = new IdentityHashMap<>();

    ElementSizes(Element root) {
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {}

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof TextNode t && t.parent() != null) {
                            sizes.computeIfAbsent(t.parent(), e -> new int[3])[0] +=
                                    TextBlocks.visibleChars(t.getWholeText());
                        } else if (node instanceof Element e) {
                            int[] own = sizes.computeIfAbsent(e, x -> new int[3]);
                            if (e.normalName().equals("a") && e.hasAttr("href")) {
                                own[1] = own[0];
                            }
                            if (PICTURES.contains(e.normalName())) {
                                own[2]++;
                            }
                            if (e != root && e.parent() != null) {
                                int[] up = sizes.computeIfAbsent(e.parent(), x -> new int[3]);
                                up[0] += own[0];
                                up[1] += own[1];
                                up[2] += own[2];
                            }
                        }
                    }
                },
                root);
    }

    /** Visible characters (white space not counted) in the element. */
    int chars(Element e) {
        return get(e)[0];
    }

    /** How many of those are inside links. */
    int linkChars(Element e) {
        return get(e)[1];
    }

    /** Pictures in the element: images, videos, drawings. */
    int pictures(Element e) {
        return get(e)[2];
    }

    double linkDensity(Element e) {
        int chars = chars(e);
        return chars == 0 ? 0 : (double) linkChars(e) / chars;
    }

    private int[] get(Element e) {
        int[] size = sizes.get(e);
        return size == null ? new int[3] : size;
    }
}
