package pl.lupa.ingest;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Threads of comments without a heading over them: two or more items side by side, each opening
 * with a short header that gives a date and a name (a handle), then the comment's text. A live
 * blog's entries open with a time only, and have headings; a comment has neither.
 */
final class CommentThreads {

    /** Longest comment, and longest header line of one (a name, a date, a time). */
    private static final int COMMENT_MAX = 3000;

    private static final int HEADER_MAX = 100;
    /** A name or a handle in a comment's header: a word of three letters or more. */
    private static final Pattern NAME = Pattern.compile("\\p{L}{3,}");

    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    private CommentThreads() {}

    /** The elements that hold a thread of comments; none that holds the headline. */
    static Set<Element> find(
            Element body, List<TextBlock> blocks, ElementSizes sizes, Predicate<Element> holdsHeadline) {
        // The blocks inside an element are a run of consecutive blocks: note where each element's run is.
        var runs = new IdentityHashMap<Element, int[]>();
        for (TextBlock b : blocks) {
            for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
                int[] run = runs.computeIfAbsent(e, x -> new int[] {b.index(), b.index()});
                run[1] = b.index();
            }
        }
        Set<Element> threads = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element thread : body.getAllElements()) {
            if (thread.childrenSize() < 2) {
                continue;
            }
            int comments = 0;
            int withText = 0;
            for (Element item : thread.children()) {
                int[] run = runs.get(item);
                if (run == null) {
                    continue;
                }
                withText++;
                if (isComment(item, blocks.subList(run[0], run[1] + 1), sizes)) {
                    comments++;
                }
            }
            if (comments >= 2 && 2 * comments >= withText && !holdsHeadline.test(thread)) {
                threads.add(thread);
            }
        }
        return threads;
    }

    /** An item that opens with a short header giving a date and a name, then text. */
    private static boolean isComment(Element item, List<TextBlock> blocks, ElementSizes sizes) {
        if (sizes.chars(item) > COMMENT_MAX || !item.select(HEADINGS).isEmpty()) {
            return false;
        }
        boolean dated = false;
        boolean named = false;
        for (TextBlock b : blocks) {
            if (ContentBlockScorer.readsAsSentence(b) || b.text().length() > HEADER_MAX) {
                return dated && named; // the comment's text, under its header
            }
            var rest = new StringBuilder(b.text());
            var dates = PublicationDates.findAll(b.text());
            for (int i = dates.size() - 1; i >= 0; i--) {
                rest.delete(dates.get(i).start(), dates.get(i).end());
            }
            dated |= !dates.isEmpty();
            named |= NAME.matcher(rest).find();
        }
        return false;
    }
}
