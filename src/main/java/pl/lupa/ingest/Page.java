package pl.lupa.ingest;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A page as the reader works with it: its body cut into blocks of text, the sizes of its
 * elements, and the boxes of chrome found on it.
 */
record Page(Element body, List<TextBlock> blocks, ElementSizes sizes, Set<Element> boxes) {

    /** Whether an element is in one of the boxes. */
    boolean inBox(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (boxes.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
