package pl.lupa.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import pl.lupa.extract.ExtractedEntities;
import pl.lupa.index.ArticleSchema;

/**
 * One article in full, as {@code lupa extract} prints it, and with a query every written form it
 * matched anywhere in title and body, so a reader's view can mark them all.
 */
final class DocumentView {

    private final QueryBuilder queryBuilder;
    private final Analyzer analyzer;

    DocumentView(QueryBuilder queryBuilder, Analyzer analyzer) {
        this.queryBuilder = queryBuilder;
        this.analyzer = analyzer;
    }

    Optional<ArticleView> find(ReaderSearcher searcher, String id, String query) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(ArticleSchema.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        int doc = top.scoreDocs[0].doc;
        Document d = searcher.storedFields().document(doc);
        ExtractedEntities e = Stored.entities(d);
        List<String> matched = query == null || query.isBlank() ? List.of() : matchedForms(searcher, query, doc);
        return Optional.of(new ArticleView(
                d.get(ArticleSchema.ID),
                d.get(ArticleSchema.TITLE),
                Stored.date(d),
                d.get(ArticleSchema.AUTHOR),
                d.get(ArticleSchema.URL),
                d.get(ArticleSchema.SOURCE),
                d.get(ArticleSchema.BODY),
                e.companies(),
                e.formerNames(),
                e.amounts(),
                e.dates(),
                matched));
    }

    private List<String> matchedForms(ReaderSearcher searcher, String query, int doc) throws IOException {
        Query q = queryBuilder.build(query, searcher.vocabulary()).strict();
        var highlighter =
                SnippetHighlighter.of(searcher, analyzer, new MatchedForms(), WholeBreakIterator::new, Map.of());
        var forms = new LinkedHashSet<String>();
        for (String field : new String[] {ArticleSchema.TITLE, ArticleSchema.BODY}) {
            Object found = highlighter.highlight(field, q, new int[] {doc}, 1)[0];
            if (found instanceof List<?> list) {
                list.forEach(f -> forms.add((String) f));
            }
        }
        return List.copyOf(forms);
    }
}
