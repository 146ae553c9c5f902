package pl.lupa.ingest;

import org.jsoup.nodes.Element;

/**
 * One block of a page's visible text, as a reader sees it: a paragraph, a heading, a list item,
 * a table row, a line between two {@code <br>}s.
 *
 * @param index     its place among the page's blocks, in document order
 * @param text      the text, entities decoded and white space collapsed to single spaces
 * @param chars     letters, digits and punctuation in it (white space not counted)
 * @param linkChars how many of those are inside links
 * @param boldChars how many of those are inside {@code b} or {@code strong}
 * @param owner     the element whose inline content it is
 * @param link      the link that holds the whole text, or null when the text is not one link
 * @param role      what the markup says it is
 * @param level     the heading level (1–6) for a heading, 0 otherwise
 * @param words     words in it ({@link DerivedTitle#words})
 * @param line      the kind of chrome its words say it is ({@link ChromeLines#of}), or null
 * @param byline    the byline or dateline it is ({@link Bylines#parse}), or null
 */
record TextBlock(
        int index,
        String text,
        int chars,
        int linkChars,
        int boldChars,
        Element owner,
        Element link,
        Role role,
        int level,
        int words,
        ChromeLines.Kind line,
        Bylines.Byline byline) {

    enum Role {
        PARAGRAPH,
        HEADING,
        LIST_ITEM,
        TABLE_ROW,
        CAPTION
    }

    /** Share of the text inside links, 0 to 1. */
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /** Whether the whole text is set in bold: a subheading or a question in an interview. */
    boolean bold() {
        return chars > 0 && boldChars == chars;
    }

    /** Whether its words say it is chrome: a label, a credit, a byline, a dateline. */
    boolean saysChrome() {
        return line != null || byline != null;
    }
}
