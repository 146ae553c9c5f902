package pl.lupa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A UnifiedHighlighter that returns the {@link Snippets} formatter's lists as they are, and
 * takes field values from documents the caller has already read: a hit's stored fields are
 * decompressed once, not once for the hit and again for the highlighter. The reader's merged
 * field infos come from the searcher, which holds them for the reader's lifetime.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    private final Map<Integer, Document> loaded;

    /** @param loaded stored documents by doc id; others are read from the index */
    SnippetHighlighter(FacetSearcher searcher, Builder builder, Map<Integer, Document> loaded) {
        super(builder);
        this.fieldInfos = searcher.fieldInfos;
        this.loaded = loaded;
    }

    Object[] highlight(String field, Query query, int[] docs, int passages) throws IOException {
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {field}, query, docs, new int[] {passages});
        return byField.get(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        if (loaded.isEmpty()) {
            return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
        }
        var values = new ArrayList<CharSequence[]>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document d = loaded.get(doc);
            if (d == null) {
                throw new IllegalStateException("every highlighted document is read before highlighting");
            }
            var row = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                String v = d.get(fields[f]);
                row[f] = v == null ? "" : v;
            }
            values.add(row);
        }
        return values;
    }
}
