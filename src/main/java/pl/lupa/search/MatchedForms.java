package pl.lupa.search;

import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Formats nothing: collects the distinct written forms the highlighter matched, in text order. */
final class MatchedForms extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        var forms = new LinkedHashSet<String>();
        for (Passage p : passages) {
            for (int i = 0; i < p.getNumMatches(); i++) {
                forms.add(content.substring(p.getMatchStarts()[i], p.getMatchEnds()[i]));
            }
        }
        return List.copyOf(forms);
    }
}
