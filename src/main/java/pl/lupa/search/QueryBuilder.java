package pl.lupa.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.analysis.QueryToken;
import pl.lupa.analysis.Vocabulary;
import pl.lupa.index.ArticleSchema;

/**
 * Turns parsed query syntax into a Lucene query over title, body and companies.
 *
 * <p>Each word matches its lemmas (one {@link SynonymQuery} per field, so an ambiguous form
 * with several lemmas counts once) and, with a lower weight, the lemmas of words that differ
 * only in diacritics; its written form in a title adds a score, so titles with the exact form
 * rank first. The strict query requires every word (AND); the plan also keeps each plain word's
 * own query, so that articles holding most of the words can follow ({@link PartialMatches}). A
 * phrase must match in order over lemmas; several words together add a proximity boost. The
 * weights are those of a {@link RankingConfig}.
 */
final class QueryBuilder {

    static final int MAX_WORDS = 32;

    private final QueryExpander expander;
    private final RankingConfig config;

    QueryBuilder(QueryExpander expander) {
        this(expander, RankingConfig.DEFAULT);
    }

    QueryBuilder(QueryExpander expander, RankingConfig config) {
        this.expander = expander;
        this.config = config;
    }

    static final int RESCORE_DEPTH = 100;

    /** The query plan of a query text, without a collection to consult; an empty text matches every article. */
    QueryPlan build(String text) {
        return build(text, Vocabulary.ANY);
    }

    /**
     * The query plan of a query text; an empty text matches every article.
     *
     * @param vocabulary the collection's document frequencies, for the choices that depend on it
     */
    QueryPlan build(String text, Vocabulary vocabulary) {
        return build(text, vocabulary, java.util.Map.of());
    }

    /**
     * The query plan of a query text whose unknown words are also searched through close
     * spellings ({@link Speller}): each such word (lower case) maps to the terms of its
     * correction, matched as a weaker alternative of the word.
     */
    QueryPlan build(String text, Vocabulary vocabulary, java.util.Map<String, List<String>> corrections) {
        // A query of stop words only ("ta", "byla") is searched with them, rather than not at all:
        // typed without diacritics they may stand for words that are no stop words (tą, byłą).
        return build(text, false, vocabulary, corrections)
                .or(() -> build(text, true, vocabulary, corrections))
                .orElseGet(() -> QueryPlan.of(new MatchNoDocsQuery("no words to search")));
    }

    /** The plan, or nothing when the text held stop words and nothing else. */
    private java.util.Optional<QueryPlan> build(
            String text,
            boolean keepStopWords,
            Vocabulary vocabulary,
            java.util.Map<String, List<String>> corrections) {
        List<QuerySyntax.Clause> clauses = QuerySyntax.parse(text);
        int count = 0;
        var words = new ArrayList<QueryPlan.Word>();
        var fixed = new ArrayList<Query>();
        var negatives = new ArrayList<Query>();
        var proximityTokens = new ArrayList<QueryToken>();
        int plainWords = 0;
        for (QuerySyntax.Clause clause : clauses) {
            var alternatives = new ArrayList<Query>();
            List<QueryToken> single = null;
            for (QuerySyntax.Item item : clause.alternatives()) {
                List<QueryToken> tokens =
                        expander.expand(item.text(), keepStopWords, config.variantWeight() > 0 ? vocabulary : null);
                if (!corrections.isEmpty()) {
                    tokens = corrected(tokens, corrections);
                }
                count += tokens.size();
                if (count > MAX_WORDS) {
                    // Each word becomes a handful of clauses; this keeps every query far below Lucene's limit.
                    throw new BadParameterException("q", "a query may hold at most " + MAX_WORDS + " words");
                }
                if (tokens.isEmpty()) {
                    continue; // only stop words
                }
                alternatives.add(item.phrase() ? phrase(tokens, 0) : words(tokens, !clause.negated(), vocabulary));
                if (!clause.negated() && !item.phrase() && clause.alternatives().size() == 1) {
                    single = tokens;
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
            if (clause.negated()) {
                negatives.add(q);
            } else if (single != null) {
                var terms = single.stream()
                        .flatMap(t -> t.lemmas().stream())
                        .distinct()
                        .toList();
                words.add(new QueryPlan.Word(clause.alternatives().get(0).text(), q, terms));
            } else {
                fixed.add(q);
            }
        }
        if (words.isEmpty() && fixed.isEmpty() && negatives.isEmpty()) {
            return clauses.isEmpty() ? java.util.Optional.of(QueryPlan.ALL) : java.util.Optional.empty();
        }
        var positives = new ArrayList<Query>(fixed);
        words.forEach(w -> positives.add(w.query()));
        Query proximity = proximityTokens.size() > 1 ? proximity(proximityTokens) : null;
        Query strict = combine(positives, negatives);
        boolean oneWord = positives.size() == 1 && plainWords == 1;
        return java.util.Optional.of(new QueryPlan(strict, words, fixed, negatives, proximity, oneWord));
    }

    /** The tokens with the terms of their corrections among their weaker alternatives. */
    private static List<QueryToken> corrected(
            List<QueryToken> tokens, java.util.Map<String, List<String>> corrections) {
        var out = new ArrayList<QueryToken>(tokens.size());
        for (QueryToken t : tokens) {
            List<String> extra = corrections.get(t.exact());
            if (extra == null) {
                out.add(t);
            } else {
                var variants = new ArrayList<String>(t.variants());
                extra.stream().filter(x -> !variants.contains(x)).forEach(variants::add);
                out.add(new QueryToken(t.position(), t.exact(), t.lemmas(), t.folded(), t.derived(), variants));
            }
        }
        return out;
    }

    /** Every positive required, every negative excluded (all articles when nothing is positive). */
    static Query combine(List<Query> positives, List<Query> negatives) {
        var b = new BooleanQuery.Builder();
        if (positives.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            positives.forEach(q -> b.add(q, Occur.MUST));
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
    private Query words(List<QueryToken> tokens, boolean withFolded, Vocabulary vocabulary) {
        if (tokens.size() == 1) {
            return word(tokens.get(0), withFolded, vocabulary);
        }
        var b = new BooleanQuery.Builder();
        tokens.forEach(t -> b.add(word(t, withFolded, vocabulary), Occur.MUST));
        return b.build();
    }

    /**
     * A word matches through its lemmas (required); its exact written form only adds to the
     * score of documents that match anyway, so those clauses are visited for candidates only.
     */
    Query word(QueryToken token, boolean withFolded, Vocabulary vocabulary) {
        List<String> derived =
                withFolded && config.derivedWeight() > 0 ? usedMost(token.derived(), vocabulary) : List.of();
        var lemmas = new BooleanQuery.Builder();
        lemmas.add(
                new BoostQuery(synonyms(ArticleSchema.TITLE, token, withFolded, derived), config.titleBoost()),
                Occur.SHOULD);
        lemmas.add(synonyms(ArticleSchema.BODY, token, withFolded, derived), Occur.SHOULD);
        lemmas.add(
                new BoostQuery(synonyms(ArticleSchema.COMPANIES_TEXT, token, false, List.of()), config.companyBoost()),
                Occur.SHOULD);
        var b = new BooleanQuery.Builder();
        b.add(lemmas.build(), Occur.MUST);
        b.add(
                new BoostQuery(
                        new TermQuery(new Term(ArticleSchema.TITLE_EXACT, token.exact())), config.exactTitleBoost()),
                Occur.SHOULD);
        return b.build();
    }

    /** Of several nouns an adjective may come from, the one most articles use; none when no article does. */
    private static List<String> usedMost(List<String> candidates, Vocabulary vocabulary) {
        String best = null;
        long most = 0;
        for (String c : candidates) {
            long df = vocabulary.docFreq(c);
            if (df > most) {
                most = df;
                best = c;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    private Query synonyms(String field, QueryToken token, boolean withFolded, List<String> derived) {
        if (config.dismaxLemmas()
                && token.lemmas().size() + (withFolded ? token.folded().size() : 0) + derived.size() > 1) {
            // each lemma scores with its own rarity and the best counts: "powodzie" is of powódź
            // and of powód, and an article about floods should not rank like one saying "z powodu"
            var alternatives = new ArrayList<Query>();
            token.lemmas().forEach(l -> alternatives.add(new TermQuery(new Term(field, l))));
            if (withFolded) {
                token.folded()
                        .forEach(l -> alternatives.add(
                                new BoostQuery(new TermQuery(new Term(field, l)), config.foldedWeight())));
            }
            derived.forEach(
                    l -> alternatives.add(new BoostQuery(new TermQuery(new Term(field, l)), config.derivedWeight())));
            if (withFolded) {
                token.variants()
                        .forEach(l -> alternatives.add(
                                new BoostQuery(new TermQuery(new Term(field, l)), config.variantWeight())));
            }
            return new DisjunctionMaxQuery(alternatives, 0f);
        }
        var b = new SynonymQuery.Builder(field);
        token.lemmas().forEach(l -> b.addTerm(new Term(field, l)));
        if (withFolded) {
            token.folded().forEach(l -> b.addTerm(new Term(field, l), config.foldedWeight()));
        }
        derived.forEach(l -> b.addTerm(new Term(field, l), config.derivedWeight()));
        if (withFolded) {
            token.variants().forEach(l -> b.addTerm(new Term(field, l), config.variantWeight()));
        }
        return b.build();
    }

    /** The tokens in order over lemmas, in title or body. */
    private Query phrase(List<QueryToken> tokens, int slop) {
        if (tokens.size() == 1) {
            return word(tokens.get(0), false, Vocabulary.ANY);
        }
        var b = new BooleanQuery.Builder();
        b.add(new BoostQuery(multiPhrase(ArticleSchema.TITLE, tokens, slop), config.titleBoost()), Occur.SHOULD);
        b.add(multiPhrase(ArticleSchema.BODY, tokens, slop), Occur.SHOULD);
        return b.build();
    }

    /** The words of separate clauses near each other, in order, score higher. */
    private Query proximity(List<QueryToken> tokens) {
        if (config.proximityBoost() <= 0) {
            return null;
        }
        int slop = config.proximitySlop();
        var b = new BooleanQuery.Builder();
        b.add(
                new BoostQuery(multiPhrase(ArticleSchema.BODY, tokens, slop, false), config.proximityBoost()),
                Occur.SHOULD);
        b.add(
                new BoostQuery(
                        multiPhrase(ArticleSchema.TITLE, tokens, slop, false),
                        config.proximityBoost() * config.titleBoost()),
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
