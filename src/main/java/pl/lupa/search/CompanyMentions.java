package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import pl.lupa.analysis.Lemmatizer;
import pl.lupa.index.ArticleSchema;

/**
 * Companies a query names in any spacing or case form: {@code open ai}, {@code Open AI},
 * {@code cdprojekt}, {@code cd projektu}, {@code openai'em}. Up to three consecutive plain words
 * whose {@link SpellingKey}, spaces left out, is a company's (or a company's and an ending the
 * analysis reads as the same lemma) name that company. Words that do not already match the
 * company's name in its articles (several words, or one written together) become one word of the
 * query: the words as typed, or the company in the extraction's company field, whose articles
 * score {@value #BOOST} more and so come first among those holding every word.
 *
 * <p>Thread-safe: one lemmatiser per thread; the key table is rebuilt only for new company names.
 */
final class CompanyMentions {

    /** What an article the extraction found the company in adds; below a soft-AND tier (1000). */
    static final float BOOST = 100f;

    private static final int MAX_WORDS = 3;
    private static final int MAX_ENDING = 3;

    /**
     * The plan with the named companies' words merged, the companies named, in query order, and the
     * merges made (what another engine's parser needs to make the same plan, see {@link #merged}).
     */
    record Found(QueryPlan plan, List<String> companies, List<Merge> merges) {}

    /** {@code count} words from the {@code start}-th of the plan's words name {@code company}. */
    record Merge(int start, int count, String company) {}

    private record Keys(CompanyNames names, Map<String, String> byKey) {}

    private final ThreadLocal<Lemmatizer> lemmatizers = ThreadLocal.withInitial(Lemmatizer::new);
    private volatile Keys keys;

    /** @param reader the index, for whether a word already matches a company's field; null to assume it does */
    Found find(QueryPlan plan, CompanyNames companies, IndexReader reader) {
        List<QueryPlan.Word> words = plan.words();
        if (words.isEmpty()) {
            return new Found(plan, List.of(), List.of());
        }
        Map<String, String> byKey = keysOf(companies);
        var named = new ArrayList<String>();
        var merges = new ArrayList<Merge>();
        for (int i = 0; i < words.size(); ) {
            int taken = 0;
            for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
                List<QueryPlan.Word> group = words.subList(i, i + n);
                String name = name(group, byKey);
                if (name == null || (n == 1 && isPlainWord(group.get(0).text()))) {
                    continue;
                }
                if (!named.contains(name)) {
                    named.add(name);
                }
                if (n > 1 || !matchesCompanyField(group.get(0), reader)) {
                    merges.add(new Merge(i, n, name));
                }
                taken = n;
            }
            i += Math.max(1, taken);
        }
        return new Found(merged(plan, merges, CompanyMentions::facetTerm), named, List.copyOf(merges));
    }

    /**
     * The plan with these merges made: each merged group becomes one word, the words as typed or
     * the company's articles ({@code companyQuery} of its name), which score {@value #BOOST} more.
     * The embedded index names a company by its facet term; a Solr collection by its company field.
     */
    static QueryPlan merged(QueryPlan plan, List<Merge> merges, Function<String, Query> companyQuery) {
        if (merges.isEmpty()) {
            return plan;
        }
        List<QueryPlan.Word> words = plan.words();
        var merged = new ArrayList<QueryPlan.Word>();
        int next = 0;
        for (Merge m : merges) {
            if (m.start() < next || m.start() + m.count() > words.size() || m.count() < 1) {
                throw new IllegalArgumentException(
                        "merge " + m + " does not fit the query's " + words.size() + " words");
            }
            merged.addAll(words.subList(next, m.start()));
            merged.add(merge(words.subList(m.start(), m.start() + m.count()), companyQuery.apply(m.company())));
            next = m.start() + m.count();
        }
        merged.addAll(words.subList(next, words.size()));
        var positives = new ArrayList<Query>(plan.fixed());
        merged.forEach(w -> positives.add(w.query()));
        Query strict = QueryBuilder.combine(positives, plan.excluded());
        return new QueryPlan(strict, merged, plan.fixed(), plan.excluded(), plan.proximity(), false);
    }

    private static Query facetTerm(String company) {
        String field = ArticleSchema.facetsConfig().getDimConfig(ArticleSchema.DIM_COMPANY).indexFieldName;
        return new TermQuery(DrillDownQuery.term(field, ArticleSchema.DIM_COMPANY, company));
    }

    /** The company the words name, or null. */
    private String name(List<QueryPlan.Word> group, Map<String, String> byKey) {
        var typed = new StringBuilder();
        group.forEach(w -> typed.append(w.text()).append(' '));
        String key = SpellingKey.of(typed.toString()).replace(" ", "");
        String exact = byKey.get(key);
        if (exact != null) {
            return exact;
        }
        String last = group.get(group.size() - 1).text();
        // the ending is the last word's own letters ("Microsoftu 5g" has none to spare)
        for (int e = 1; e <= MAX_ENDING && e < last.length() && key.length() - e >= 3; e++) {
            String name = byKey.get(key.substring(0, key.length() - e));
            if (name != null
                    && (sameLemma(last, name)
                            || sameLemma(lastWordOf(name) + last.substring(last.length() - e), name))) {
                return name;
            }
        }
        return null;
    }

    /** A word of the dictionary typed in lower case ("play", "meta") names a company only beside others. */
    private boolean isPlainWord(String text) {
        return text.equals(text.toLowerCase(Locale.ROOT)) && lemmatizers.get().knownAsWritten(text);
    }

    private static String lastWordOf(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Whether the typed word is read as a lemma of the name's last word (openai'em, Projektu). */
    private boolean sameLemma(String typedWord, String name) {
        Lemmatizer lemmatizer = lemmatizers.get();
        String lastOfName = lastWordOf(name);
        var typed = Arrays.asList(lemmatizer.terms(typedWord));
        return Arrays.stream(lemmatizer.terms(lastOfName)).anyMatch(typed::contains);
    }

    private static boolean matchesCompanyField(QueryPlan.Word word, IndexReader reader) {
        if (reader == null) {
            return true; // no index at hand: the word is left as typed
        }
        try {
            for (String term : word.terms()) {
                if (reader.docFreq(new Term(ArticleSchema.COMPANIES_TEXT, term)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index's terms failed", e);
        }
    }

    /** The words as typed, or the company's articles, which score {@link #BOOST} more. */
    private static QueryPlan.Word merge(List<QueryPlan.Word> group, Query companyArticles) {
        var asTyped = new BooleanQuery.Builder();
        group.forEach(w -> asTyped.add(w.query(), Occur.MUST));
        Query company = new BoostQuery(new ConstantScoreQuery(companyArticles), BOOST);
        var either = new BooleanQuery.Builder();
        either.add(asTyped.build(), Occur.SHOULD);
        either.add(company, Occur.SHOULD);
        var text = new StringBuilder();
        var terms = new ArrayList<String>();
        for (QueryPlan.Word w : group) {
            text.append(text.length() == 0 ? "" : " ").append(w.text());
            w.terms().stream().filter(t -> !terms.contains(t)).forEach(terms::add);
        }
        return new QueryPlan.Word(text.toString(), either.build(), terms);
    }

    private Map<String, String> keysOf(CompanyNames companies) {
        Keys k = keys;
        if (k == null || k.names() != companies) {
            var byKey = new HashMap<String, String>();
            for (String name : companies.names()) {
                String key = SpellingKey.of(name).replace(" ", "");
                if (key.length() >= 2) {
                    byKey.putIfAbsent(key, name);
                }
            }
            k = new Keys(companies, Map.copyOf(byKey));
            keys = k;
        }
        return k.byKey();
    }
}
