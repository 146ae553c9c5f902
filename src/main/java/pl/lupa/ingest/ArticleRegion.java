package pl.lupa.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Where the article is on its page, and which of the page's blocks are the article.
 *
 * <p>The <em>core</em> is the smallest element that holds most ({@value #CORE_SHARE} or more) of
 * the page's prose after the headline. The <em>headline</em> is the block that reads as the title
 * nearest before the core's first prose. The article lies in the smallest element that holds
 * both, and its blocks are taken by where they stand:
 *
 * <ul>
 *   <li>before the headline: labels, breadcrumbs, tickers — never the article;
 *   <li>between the headline and the core: the lead, or whatever of the article precedes the
 *       core, which reads as sentences and their subheadings; bylines, share bars and pictures do
 *       not;
 *   <li>in the core: every block that is not chrome ({@link ContentBlockScorer#isChrome});
 *   <li>after the core: sentences that go on, up to the first block that is neither chrome nor a
 *       sentence. Text that resumes after chrome (an ad, a box of links) goes on only when it is
 *       several paragraphs long: what follows an article — its author's bio, a subscription offer
 *       — is a short text after a break.
 * </ul>
 *
 * A heading or lead-in line that nothing follows is a box's label left behind, not a subheading.
 */
final class ArticleRegion {

    static final double CORE_SHARE = 0.5;
    /** Text after a break in the article's tail continues it only when it is this long. */
    private static final int RESUMED_PARAGRAPHS = 2;

    private static final int RESUMED_CHARS = 300;
    /** How far before the core's first prose the headline is looked for, in blocks. */
    private static final int HEADLINE_WITHIN = 12;

    /** The article's place: the element that holds it, its core and its headline (null if none was found). */
    record Region(Element root, Element core, TextBlock headline) {}

    private ArticleRegion() {}

    /**
     * Finds the article among the blocks of a page.
     *
     * @param title    the headline the page declares for machines, or null
     * @param docTitle the page's {@code <title>}, or null
     */
    static Region locate(Page page, String title, String docTitle) {
        Element body = page.body();
        List<TextBlock> blocks = page.blocks();
        int[] weights = new int[blocks.size()];
        for (TextBlock b : blocks) {
            weights[b.index()] = page.inBox(b.owner()) ? 0 : ContentBlockScorer.proseWeight(b);
        }
        Element core = core(body, blocks, weights, 0);
        int firstProse = firstWeighted(blocks, weights, core, 0);
        TextBlock headline = headline(blocks, title, docTitle, firstProse);
        if (headline != null) {
            // Prose before the headline (a paywall notice, a blog's motto) says nothing of where the article is.
            core = core(body, blocks, weights, headline.index() + 1);
        }
        Element root = headline == null ? core : commonAncestor(headline.owner(), core);
        return new Region(root, core, headline);
    }

    /** The blocks of the region that are the article, in order. */
    static List<TextBlock> article(Region region, Page page) {
        List<TextBlock> blocks = page.blocks();
        int start = region.headline() == null ? -1 : region.headline().index();
        int coreFirst = -1;
        int coreLast = -1;
        boolean[] chrome = new boolean[blocks.size()];
        for (TextBlock b : blocks) {
            if (isWithin(b.owner(), region.core())) {
                coreFirst = coreFirst < 0 ? b.index() : coreFirst;
                coreLast = b.index();
            }
            chrome[b.index()] = b.index() > start && ContentBlockScorer.isChrome(b, page);
        }
        var kept = new ArrayList<TextBlock>();
        boolean broken = false; // whether chrome stands between the last kept block and this one
        for (int i = start + 1; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (!isWithin(b.owner(), region.root())) {
                continue;
            }
            if (i < coreFirst) {
                if (!chrome[i] && goesOn(i, blocks, chrome)) {
                    kept.add(b); // the lead, or the text before the core's part of it
                }
            } else if (i <= coreLast) {
                if (!chrome[i]) {
                    kept.add(b);
                }
            } else if (chrome[i]) {
                broken = true;
            } else if (!goesOn(i, blocks, chrome)) {
                break;
            } else if (!broken || goesOnAtLength(i, blocks, chrome)) {
                kept.add(b);
                broken = false;
            } else {
                break;
            }
        }
        dropLeftoverLabels(kept);
        return kept;
    }

    /** Whether a block outside the core reads as the article: a sentence, or a subheading over one. */
    private static boolean goesOn(int i, List<TextBlock> blocks, boolean[] chrome) {
        return ContentBlockScorer.readsAsSentence(blocks.get(i)) || isSubheadingOfProse(i, blocks, chrome);
    }

    /**
     * Whether the text that resumes after a break (an ad, a box of links) is long enough to be the
     * article's: several paragraphs, not one short one — an author's bio under a link to the
     * author's page is one.
     */
    private static boolean goesOnAtLength(int i, List<TextBlock> blocks, boolean[] chrome) {
        int paragraphs = 0;
        int chars = 0;
        for (int j = i; j < blocks.size() && !chrome[j] && goesOn(j, blocks, chrome); j++) {
            if (ContentBlockScorer.isProse(blocks.get(j))) {
                paragraphs++;
                chars += blocks.get(j).chars();
            }
        }
        return paragraphs >= RESUMED_PARAGRAPHS || chars >= RESUMED_CHARS;
    }

    private static boolean isSubheadingOfProse(int i, List<TextBlock> blocks, boolean[] chrome) {
        if (blocks.get(i).role() != TextBlock.Role.HEADING || i + 1 >= blocks.size()) {
            return false;
        }
        return !chrome[i + 1] && ContentBlockScorer.readsAsSentence(blocks.get(i + 1));
    }

    /** Headings at the end with nothing under them: the titles of boxes whose content was dropped. */
    private static void dropLeftoverLabels(List<TextBlock> kept) {
        while (!kept.isEmpty() && ContentBlockScorer.readsAsHeading(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
    }

    /**
     * The smallest element that holds {@value #CORE_SHARE} of the prose from block {@code from}
     * on, and more than one of its blocks when there are several: a container of paragraphs, not
     * the longest paragraph of a short article. Without any prose, the text outside links counts.
     */
    private static Element core(Element body, List<TextBlock> blocks, int[] weights, int from) {
        var held = new IdentityHashMap<Element, long[]>(); // prose, and blocks of it
        long total = 0;
        long count = 0;
        for (int pass = 0; pass < 2 && total == 0; pass++) {
            for (TextBlock b : blocks.subList(Math.min(from, blocks.size()), blocks.size())) {
                long w = pass == 0 ? weights[b.index()] : b.chars() - b.linkChars();
                if (w <= 0) {
                    continue;
                }
                total += w;
                count++;
                for (Element e = b.owner(); e != null; e = e.parent()) {
                    long[] h = held.computeIfAbsent(e, x -> new long[2]);
                    h[0] += w;
                    h[1]++;
                    if (e == body) {
                        break;
                    }
                }
            }
        }
        long fewest = Math.min(2, count);
        Element core = body;
        descend:
        while (total > 0) {
            for (Element child : core.children()) {
                long[] h = held.get(child);
                if (h != null && h[0] >= CORE_SHARE * total && h[1] >= fewest) {
                    core = child;
                    continue descend;
                }
            }
            break;
        }
        return core;
    }

    private static int firstWeighted(List<TextBlock> blocks, int[] weights, Element core, int from) {
        for (TextBlock b : blocks.subList(from, blocks.size())) {
            if (weights[b.index()] > 0 && isWithin(b.owner(), core)) {
                return b.index();
            }
        }
        return blocks.size();
    }

    /**
     * The headline: the block that says the declared title, nearest before the article's first
     * prose (a sticky bar may repeat it above, a sidebar below); else the nearest line before that
     * prose that the {@code <title>} repeats, or else the nearest heading.
     */
    private static TextBlock headline(List<TextBlock> blocks, String title, String docTitle, int firstProse) {
        if (title != null) {
            String wanted = comparable(title);
            TextBlock nearest = null;
            for (TextBlock b : blocks.subList(0, Math.min(firstProse, blocks.size()))) {
                if (b.text().length() == wanted.length() && comparable(b.text()).equals(wanted)) {
                    nearest = b;
                }
            }
            if (nearest != null) {
                return nearest;
            }
        }
        TextBlock heading = null;
        for (int i = firstProse - 1; i >= 0 && i >= firstProse - HEADLINE_WITHIN; i--) {
            TextBlock b = blocks.get(i);
            boolean inTitle = b.words() >= 2 && repeats(docTitle, b.text());
            if (!readsAsHeadline(b) && !(inTitle && b.role() == TextBlock.Role.PARAGRAPH)) {
                continue;
            }
            if (inTitle) {
                return b;
            }
            if (heading == null && b.role() == TextBlock.Role.HEADING) {
                heading = b;
            }
        }
        return heading;
    }

    /**
     * Whether a {@code <title>} repeats a line as its headline: the line is (most of) what is left
     * of the title without the site's name, so the site's name alone is not taken for a headline.
     */
    static boolean repeats(String docTitle, String line) {
        if (docTitle == null) {
            return false;
        }
        String headline = comparable(HtmlMetadata.withoutSiteName(docTitle));
        String text = comparable(line);
        return headline.contains(text) && 2 * text.length() >= headline.length();
    }

    /** A heading or a line set in bold, of a headline's length, that is not a label or a byline. */
    private static boolean readsAsHeadline(TextBlock b) {
        int words = b.words();
        return (b.role() == TextBlock.Role.HEADING || b.bold()) && words >= 2 && words <= 40 && !b.saysChrome();
    }

    static String comparable(String text) {
        return TextBlocks.normalize(text).toLowerCase(Locale.ROOT);
    }

    private static Element commonAncestor(Element a, Element b) {
        var ancestors = Collections.newSetFromMap(new IdentityHashMap<Element, Boolean>());
        for (Element e = a; e != null; e = e.parent()) {
            ancestors.add(e);
        }
        for (Element e = b; e != null; e = e.parent()) {
            if (ancestors.contains(e)) {
                return e;
            }
        }
        return b;
    }

    static boolean isWithin(Element e, Element ancestor) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }
}
