package pl.lupa.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.analysis.QueryToken;
import pl.lupa.index.ArticleSchema;

/**
 * Turns parsed query syntax into a Lucene query over title, body and companies.
 *
 * <p>Each word matches its lemmas (one {@link SynonymQuery} per field, so an ambiguous form
 * with several lemmas counts once) and, with a lower weight, the lemmas of words that differ
 * only in diacritics; its written form in a title adds a score, so titles with the exact form
 * rank first. Words are required (AND); a phrase must match in order over
 * lemmas; several words together add a proximity boost.
 */
final class QueryBuilder {

    static final float TITLE_BOOST = 3f;
    static final float COMPANY_BOOST = 2f;
    static final float EXACT_TITLE_BOOST = 1.5f;
    static final float FOLDED_WEIGHT = 0.25f;
    static final float PROXIMITY_BOOST = 2f;
    static final int PROXIMITY_SLOP = 4;
    static final int MAX_WORDS = 32;

    private final QueryExpander expander;

    QueryBuilder(QueryExpander expander) {
        this.expander = expander;
    }

    static final int RESCORE_DEPTH = 100;

    /** The query plan of a query text; an empty text matches every article. */
    QueryPlan build(String text) {
        // A query of stop words only ("ta", "byla") is searched with them, rather than not at all:
        // typed without diacritics they may stand for words that are no stop words (tą, byłą).
        return build(text, false)
                .or(() -> build(text, true))
                .orElseGet(() -> new QueryPlan(new MatchNoDocsQuery("no words to search"), null, null));
    }

    /** The plan, or nothing when the text held stop words and nothing else. */
    private java.util.Optional<QueryPlan> build(String text, boolean keepStopWords) {
        List<QuerySyntax.Clause> clauses = QuerySyntax.parse(text);
        int words = 0;
        var positives = new ArrayList<Query>();
        var negatives = new ArrayList<Query>();
        var proximityTokens = new ArrayList<QueryToken>();
        int plainWords = 0;
        for (QuerySyntax.Clause clause : clauses) {
            var alternatives = new ArrayList<Query>();
            for (QuerySyntax.Item item : clause.alternatives()) {
                List<QueryToken> tokens = expander.expand(item.text(), keepStopWords);
                words += tokens.size();
                if (words > MAX_WORDS) {
                    // Each word becomes a handful of clauses; this keeps every query far below Lucene's limit.
                    throw new BadParameterException("q", "a query may hold at most " + MAX_WORDS + " words");
                }
                if (tokens.isEmpty()) {
                    continue; // only stop words
                }
                alternatives.add(item.phrase() ? phrase(tokens, 0) : words(tokens, !clause.negated()));
                if (!clause.negated() && !item.phrase() && clause.alternatives().size() == 1) {
                    proximityTokens.addAll(tokens);
                    if (tokens.size() == 1) {
                        plainWords++;
                    }
                }
            }
            if (alternatives.isEmpty()) {
                continue;
            }
            Query q = alternatives.size() == 1 ? alternatives.get(0) : or(alternatives);
            (clause.negated() ? negatives : positives).add(q);
        }
        if (positives.isEmpty() && negatives.isEmpty()) {
            return clauses.isEmpty()
                    ? java.util.Optional.of(new QueryPlan(new MatchAllDocsQuery(), null, null))
                    : java.util.Optional.empty();
        }
        Query proximity = proximityTokens.size() > 1 ? proximity(proximityTokens) : null;
        Query strict = combine(positives, negatives, positives.size());
        Query relaxed = positives.size() > 1 ? combine(positives, negatives, positives.size() - 1) : null;
        return java.util.Optional.of(
                new QueryPlan(strict, relaxed, proximity, positives.size() == 1 && plainWords == 1));
    }

    private static Query combine(List<Query> positives, List<Query> negatives, int required) {
        var b = new BooleanQuery.Builder();
        if (positives.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else if (required == positives.size()) {
            positives.forEach(q -> b.add(q, Occur.MUST));
        } else {
            var some = new BooleanQuery.Builder();
            positives.forEach(q -> some.add(q, Occur.SHOULD));
            some.setMinimumNumberShouldMatch(required);
            b.add(some.build(), Occur.MUST);
        }
        negatives.forEach(q -> b.add(q, Occur.MUST_NOT));
        return b.build();
    }

    private static Query or(List<Query> alternatives) {
        var b = new BooleanQuery.Builder();
        alternatives.forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    /** One typed word (several tokens when it holds a hyphen or a dot): every token required. */
    private static Query words(List<QueryToken> tokens, boolean withFolded) {
        if (tokens.size() == 1) {
            return word(tokens.get(0), withFolded);
        }
        var b = new BooleanQuery.Builder();
        tokens.forEach(t -> b.add(word(t, withFolded), Occur.MUST));
        return b.build();
    }

    /**
     * A word matches through its lemmas (required); its exact written form only adds to the
     * score of documents that match anyway, so those clauses are visited for candidates only.
     */
    static Query word(QueryToken token, boolean withFolded) {
        var lemmas = new BooleanQuery.Builder();
        lemmas.add(new BoostQuery(synonyms(ArticleSchema.TITLE, token, withFolded), TITLE_BOOST), Occur.SHOULD);
        lemmas.add(synonyms(ArticleSchema.BODY, token, withFolded), Occur.SHOULD);
        lemmas.add(new BoostQuery(synonyms(ArticleSchema.COMPANIES_TEXT, token, false), COMPANY_BOOST), Occur.SHOULD);
        var b = new BooleanQuery.Builder();
        b.add(lemmas.build(), Occur.MUST);
        b.add(
                new BoostQuery(new TermQuery(new Term(ArticleSchema.TITLE_EXACT, token.exact())), EXACT_TITLE_BOOST),
                Occur.SHOULD);
        return b.build();
    }

    private static Query synonyms(String field, QueryToken token, boolean withFolded) {
        var b = new SynonymQuery.Builder(field);
        token.lemmas().forEach(l -> b.addTerm(new Term(field, l)));
        if (withFolded) {
            token.folded().forEach(l -> b.addTerm(new Term(field, l), FOLDED_WEIGHT));
        }
        return b.build();
    }

    /** The tokens in order over lemmas, in title or body. */
    private static Query phrase(List<QueryToken> tokens, int slop) {
        if (tokens.size() == 1) {
            return word(tokens.get(0), false);
        }
        var b = new BooleanQuery.Builder();
        b.add(new BoostQuery(multiPhrase(ArticleSchema.TITLE, tokens, slop), TITLE_BOOST), Occur.SHOULD);
        b.add(multiPhrase(ArticleSchema.BODY, tokens, slop), Occur.SHOULD);
        return b.build();
    }

    /** The words of separate clauses near each other, in order, score higher. */
    private static Query proximity(List<QueryToken> tokens) {
        var b = new BooleanQuery.Builder();
        b.add(
                new BoostQuery(multiPhrase(ArticleSchema.BODY, tokens, PROXIMITY_SLOP, false), PROXIMITY_BOOST),
                Occur.SHOULD);
        b.add(
                new BoostQuery(
                        multiPhrase(ArticleSchema.TITLE, tokens, PROXIMITY_SLOP, false), PROXIMITY_BOOST * TITLE_BOOST),
                Occur.SHOULD);
        return b.build();
    }

    private static MultiPhraseQuery multiPhrase(String field, List<QueryToken> tokens, int slop) {
        return multiPhrase(field, tokens, slop, true);
    }

    /**
     * @param keepGaps true within one phrase, where stop words left gaps that the index has too;
     *                 false across clauses, whose positions each start at zero
     */
    private static MultiPhraseQuery multiPhrase(String field, List<QueryToken> tokens, int slop, boolean keepGaps) {
        var b = new MultiPhraseQuery.Builder();
        int first = tokens.get(0).position();
        for (int i = 0; i < tokens.size(); i++) {
            QueryToken t = tokens.get(i);
            Term[] terms = t.lemmas().stream().map(l -> new Term(field, l)).toArray(Term[]::new);
            b.add(terms, keepGaps ? t.position() - first : i);
        }
        b.setSlop(slop);
        return b.build();
    }
}
