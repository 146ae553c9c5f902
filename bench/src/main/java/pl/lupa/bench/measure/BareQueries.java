package pl.lupa.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import pl.lupa.bench.corpus.BenchQuery;
import pl.lupa.index.ArticleSchema;

/**
 * The plainest query Lucene can answer over Lupa's index: each word's body terms from the
 * index's own analysis (several lemmas of one form are alternatives), words required (AND) or
 * optional (OR). No phrases, exact forms, diacritic variants, filters, facets or snippets:
 * the yardstick for what Lupa's query side adds.
 */
final class BareQueries {

    private final Analyzer analyzer = ArticleSchema.indexAnalyzer();

    Query build(BenchQuery query, boolean or) {
        var b = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : query.words()) {
            List<String> terms = bodyTerms(word);
            if (terms.isEmpty()) {
                continue; // a stop word
            }
            b.add(alternatives(terms), or ? Occur.SHOULD : Occur.MUST);
            clauses++;
        }
        return clauses == 0 ? new MatchNoDocsQuery("only stop words") : b.build();
    }

    private static Query alternatives(List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(ArticleSchema.BODY, terms.get(0)));
        }
        var b = new BooleanQuery.Builder();
        terms.forEach(t -> b.add(new TermQuery(new Term(ArticleSchema.BODY, t)), Occur.SHOULD));
        return b.build();
    }

    /** Every term the index analysis makes of the word; a hyphenated word's parts become alternatives too. */
    private List<String> bodyTerms(String word) {
        var terms = new ArrayList<String>();
        try (TokenStream ts = analyzer.tokenStream(ArticleSchema.BODY, word)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!terms.contains(term.toString())) {
                    terms.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return terms;
    }
}
