package pl.lupa.ingest;

import org.jsoup.nodes.Element;

/**
 * Removes what HTML itself says is no text a reader sees: scripts, styles and embedded objects,
 * dialogs (cookie consents are dialogs) and whatever is hidden. Navigation and footers stay on
 * the page as boxes ({@link PageBoxes}), since their place tells something of the structure
 * around them (a comment's date is in its {@code <footer>}); so do forms and buttons, whose box
 * tells a newsletter sign-up or a feedback prompt from the article.
 */
final class PageChrome {

    private static final String NEVER_CONTENT = String.join(
            ", ",
            "script, style, noscript, template, svg, canvas, iframe, object, embed, option",
            "dialog, [role=dialog], [role=alertdialog], [aria-modal=true], [aria-hidden=true], [hidden]");

    private PageChrome() {}

    static void strip(Element body) {
        body.select(NEVER_CONTENT).remove();
    }
}
