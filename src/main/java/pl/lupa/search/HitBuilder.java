package pl.lupa.search;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import pl.lupa.analysis.SentenceBreaks;
import pl.lupa.extract.Amount;
import pl.lupa.extract.ExtractedEntities;
import pl.lupa.index.ArticleSchema;

/**
 * Turns a page of top hits into {@link Hit}s: stored fields read once per hit, the title and up
 * to {@value #SNIPPETS} sentence snippets highlighted with every form the query matched, or the
 * article's lead when there is no query or nothing to mark.
 */
final class HitBuilder {

    private static final int SNIPPETS = 3;
    /** A sentence passage aims at this many characters; {@link Snippets} cuts longer ones. */
    static final int PASSAGE_GOAL = 160;
    /** Where a passage's first match sits in it, as a share of its length (for the length goal). */
    static final float PASSAGE_ALIGN = 0.5f;

    static final Set<String> HIT_FIELDS = Set.of(
            ArticleSchema.ID,
            ArticleSchema.TITLE,
            ArticleSchema.DATE,
            ArticleSchema.URL,
            ArticleSchema.SOURCE,
            ArticleSchema.AUTHOR,
            ArticleSchema.ENTITIES,
            ArticleSchema.BODY);
    /** A hit without snippets does not need its body. */
    static final Set<String> LIST_FIELDS = Set.of(
            ArticleSchema.ID,
            ArticleSchema.TITLE,
            ArticleSchema.DATE,
            ArticleSchema.URL,
            ArticleSchema.SOURCE,
            ArticleSchema.AUTHOR,
            ArticleSchema.ENTITIES);

    private final Analyzer analyzer;

    HitBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @param query   the query whose matches are marked; null for none
     * @param page    the hits of the page, in order
     * @param missing the query's words each hit lacks, by doc id (empty for a full match)
     */
    List<Hit> hits(
            ReaderSearcher searcher,
            SearchRequest request,
            Query query,
            List<ScoreDoc> page,
            Map<Integer, List<String>> missing)
            throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        int[] docs = page.stream().mapToInt(h -> h.doc).toArray();
        // Each hit's stored fields, body included, are read once and shared with the highlighter.
        var stored = searcher.storedFields();
        var loaded = new HashMap<Integer, Document>();
        Set<String> fields = request.snippets() ? HIT_FIELDS : LIST_FIELDS;
        for (int doc : docs) {
            loaded.put(doc, stored.document(doc, fields));
        }
        boolean highlight = query != null && !request.query().isEmpty() && request.snippets();
        Object[] bodies = null;
        Object[] titles = null;
        if (highlight) {
            var snippets = SnippetHighlighter.of(
                    searcher,
                    analyzer,
                    new Snippets(Snippets.MAX_CHARS),
                    () -> LengthGoalBreakIterator.createClosestToLength(
                            new SentenceBreaks(), PASSAGE_GOAL, PASSAGE_ALIGN),
                    loaded);
            // one passage more than shown, in case one of them only repeats the title
            bodies = snippets.highlight(ArticleSchema.BODY, query, docs, SNIPPETS + 1);
            var whole = SnippetHighlighter.of(
                    searcher, analyzer, new Snippets(Integer.MAX_VALUE), WholeBreakIterator::new, loaded);
            titles = whole.highlight(ArticleSchema.TITLE, query, docs, 1);
        }
        boolean scored = request.effectiveSort() == SearchRequest.Sort.RELEVANCE;
        var hits = new ArrayList<Hit>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document d = loaded.get(docs[i]);
            String title = d.get(ArticleSchema.TITLE);
            List<String> titleParts = highlight ? strings(titles[i]) : List.of();
            String titleHighlighted = titleParts.isEmpty() ? Snippets.escape(title) : titleParts.get(0);
            List<String> snippets = List.of();
            if (request.snippets()) {
                snippets = highlight ? Snippets.notRepeating(title, strings(bodies[i]), SNIPPETS) : List.of();
                if (snippets.isEmpty()) {
                    snippets = List.of(Snippets.lead(d.get(ArticleSchema.BODY), title, Snippets.MAX_CHARS));
                }
            }
            ExtractedEntities entities = Stored.entities(d);
            // the sums the dollar facet and filter count, not prices per unit
            List<BigDecimal> usd = entities.amounts().stream()
                    .map(Amount::sumUsd)
                    .filter(v -> v != null)
                    .toList();
            float score = page.get(i).score;
            hits.add(new Hit(
                    d.get(ArticleSchema.ID),
                    title,
                    titleHighlighted,
                    Stored.date(d),
                    d.get(ArticleSchema.URL),
                    d.get(ArticleSchema.SOURCE),
                    d.get(ArticleSchema.AUTHOR),
                    snippets,
                    entities.companies(),
                    entities.formerNames(),
                    usd,
                    scored && !Float.isNaN(score) ? score : null,
                    missing.getOrDefault(docs[i], List.of())));
        }
        return hits;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object formatted) {
        return formatted == null ? List.of() : (List<String>) formatted;
    }
}
