package pl.lupa.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** A UnifiedHighlighter that returns the {@link Snippets} formatter's lists as they are. */
final class SnippetHighlighter extends UnifiedHighlighter {

    SnippetHighlighter(Builder builder) {
        super(builder);
    }

    Object[] highlight(String field, Query query, int[] docs, int passages) throws IOException {
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {field}, query, docs, new int[] {passages});
        return byField.get(field);
    }
}
