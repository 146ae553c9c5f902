package pl.lupa.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Highlighter passages as plain offsets, so that a SolrCloud node can hand Lupa the passages it
 * chose and Lupa formats them with the very code the embedded index formats its own with ({@link
 * Snippets}, {@link MatchedForms}): one passage is "start,end" and a ",matchStart-matchEnd" per
 * match. {@link #FORMATTER} writes a field's passages in Solr's way, joined by U+0000, which
 * Solr's unified highlighter splits into a list.
 */
public final class PassageOffsets {

    /** What joins a field's passages: Solr's unified highlighter splits its snippets on it. */
    private static final String JOIN = "\u0000";

    /** The formatter Lupa's Solr plugin gives the unified highlighter. */
    public static final PassageFormatter FORMATTER = new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
            var out = new StringBuilder();
            for (Passage p : passages) {
                if (out.length() > 0) {
                    out.append(JOIN);
                }
                out.append(encode(p));
            }
            return out.toString();
        }
    };

    private PassageOffsets() {}

    static String encode(Passage p) {
        var sb = new StringBuilder().append(p.getStartOffset()).append(',').append(p.getEndOffset());
        for (int i = 0; i < p.getNumMatches(); i++) {
            sb.append(',').append(p.getMatchStarts()[i]).append('-').append(p.getMatchEnds()[i]);
        }
        return sb.toString();
    }

    /**
     * The passages a list of encoded ones stands for.
     *
     * @throws IllegalArgumentException for text {@link #encode} did not write
     */
    static Passage[] decode(List<String> encoded) {
        var out = new ArrayList<Passage>();
        for (String one : encoded) {
            if (one.isEmpty()) {
                continue;
            }
            String[] parts = one.split(",");
            try {
                var p = new Passage();
                p.setStartOffset(Integer.parseInt(parts[0]));
                p.setEndOffset(Integer.parseInt(parts[1]));
                for (int i = 2; i < parts.length; i++) {
                    int dash = parts[i].indexOf('-');
                    p.addMatch(
                            Integer.parseInt(parts[i].substring(0, dash)),
                            Integer.parseInt(parts[i].substring(dash + 1)),
                            null,
                            1);
                }
                out.add(p);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a passage's offsets: " + one, e);
            }
        }
        return out.toArray(new Passage[0]);
    }
}
