package pl.lupa.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lupa's one highlighter set-up: a UnifiedHighlighter over the offsets in the postings that marks
 * each matched word (not the span of a phrase), over a field's whole length, and returns the
 * formatter's objects as they are. Field values come from documents the caller has already read,
 * so a hit's stored fields are decompressed once; the reader's merged field infos come from the
 * searcher, which holds them for the reader's lifetime. Snippets, titles and the forms a query
 * matched in one article differ only in their formatter and passage breaks.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    private final Map<Integer, Document> loaded;

    private SnippetHighlighter(ReaderSearcher searcher, Builder builder, Map<Integer, Document> loaded) {
        super(builder);
        this.fieldInfos = searcher.fieldInfos;
        this.loaded = loaded;
    }

    /**
     * @param loaded stored documents by doc id, for every document to be highlighted; when empty,
     *               the values are read from the index
     */
    static SnippetHighlighter of(
            ReaderSearcher searcher,
            Analyzer analyzer,
            PassageFormatter formatter,
            Supplier<BreakIterator> breaks,
            Map<Integer, Document> loaded) {
        var builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter)
                .withBreakIterator(breaks)
                .withMaxLength(Integer.MAX_VALUE - 1) // long articles are highlighted over their whole length
                .withWeightMatches(false) // mark each word, not the span of a phrase or proximity match
                .withMaxNoHighlightPassages(0);
        return new SnippetHighlighter(searcher, builder, loaded);
    }

    Object[] highlight(String field, Query query, int[] docs, int passages) throws IOException {
        Map<String, Object[]> byField =
                highlightFieldsAsObjects(new String[] {field}, query, docs, new int[] {passages});
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
