package pl.lupa.ingest;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Judges one block of a page by its text: whether it reads as running prose (sentences of words,
 * few of them links), whether it reads as a heading, and whether it is chrome — a list of links,
 * a caption, a byline or dateline, a label, a credit — wherever on the page it stands.
 */
final class ContentBlockScorer {

    /** Fewest words of a block whose text counts towards where the article is. */
    private static final int PROSE_WORDS = 8;
    /** Fewest words of a sentence of its own: "Trzymam kciuki." is one, "Bądź pierwszy!" is a prompt. */
    private static final int SENTENCE_WORDS = 3;
    /** Longest caption that sits alone beside its picture. */
    private static final int CAPTION_MAX = 200;
    /** How far up from a caption its picture may be: a figure in a wrapper in a wrapper. */
    private static final int CAPTION_BOX_DEPTH = 4;

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…][\"”»)’']*$");
    /** Prose ends as a sentence does, or with the colon that leads into a quote or a list. */
    private static final Pattern ENDS_PROSE = Pattern.compile("[.!?…:][\"”»)’']*$");

    private ContentBlockScorer() {}

    /**
     * Whether a block reads as running text: long enough, mostly not links, no byline or label,
     * ending as a sentence does. A headline has sentences too, but no full stop at its end.
     */
    static boolean isProse(TextBlock b) {
        return readsAsSentence(b) && b.words() >= PROSE_WORDS;
    }

    /** Whether a block is a sentence or a few of them, however short ("Targi potrwają do niedzieli."). */
    static boolean readsAsSentence(TextBlock b) {
        return (b.role() == TextBlock.Role.PARAGRAPH || b.role() == TextBlock.Role.LIST_ITEM)
                && b.linkDensity() < PageBoxes.LINK_DENSE
                && b.words() >= SENTENCE_WORDS
                && ENDS_PROSE.matcher(b.text()).find()
                && !b.saysChrome();
    }

    /** How much article-like text a block holds: its characters outside links when it is prose, else 0. */
    static int proseWeight(TextBlock b) {
        return isProse(b) ? b.chars() - b.linkChars() : 0;
    }

    /** A heading or a lead-in line: marked up as one, set in bold, or short and without a full stop. */
    static boolean readsAsHeading(TextBlock b) {
        if (b.role() == TextBlock.Role.HEADING) {
            return true;
        }
        if (b.role() != TextBlock.Role.PARAGRAPH) {
            return false;
        }
        return b.bold() && b.words() <= 25
                || b.text().length() <= 120 && !ENDS_SENTENCE.matcher(b.text()).find();
    }

    /** Whether a block is chrome by what it is and says, wherever it stands. */
    static boolean isChrome(TextBlock b, Page page) {
        return page.inBox(b.owner())
                || b.words() == 0 // an icon, an emoji, a row of dots
                || b.role() == TextBlock.Role.CAPTION
                || b.linkDensity() >= PageBoxes.LINK_DENSE
                || b.saysChrome() && b.role() != TextBlock.Role.TABLE_ROW // a row of data is data, dated or not
                || isPictureCaption(b, page.sizes());
    }

    /**
     * A short text that shares a small box with a picture and nothing else: a caption without a
     * {@code figcaption}. A picture inside the text's own paragraph (an icon, an emoji) makes no
     * caption of it.
     */
    private static boolean isPictureCaption(TextBlock b, ElementSizes sizes) {
        if (b.text().length() > CAPTION_MAX || b.role() != TextBlock.Role.PARAGRAPH) {
            return false;
        }
        Element owner = b.owner();
        Element box = owner;
        for (int up = 0; box != null && up < CAPTION_BOX_DEPTH && sizes.chars(box) == b.chars(); up++) {
            if (sizes.pictures(box) > sizes.pictures(owner)) {
                return true;
            }
            box = box.parent();
        }
        return false;
    }
}
