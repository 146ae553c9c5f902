package pl.lupa.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import pl.lupa.analysis.IndexTerms;
import pl.lupa.analysis.SentenceBreaks;
import pl.lupa.extract.Amount;
import pl.lupa.index.ArticleSchema;

/**
 * A company's page, built from ordinary searches of either backend so its figures are the search's own: the
 * articles naming it (their number, monthly timeline and newest), the companies named beside it
 * (the company facet of its articles), and its largest dollar sums: sums written in a sentence
 * that names the company, so a page of Microsoft does not show Nvidia's value from an article
 * naming both, taken from its articles in order of their largest sum.
 */
final class CompanyPages {

    static final int CO_MENTIONED = 10;
    static final int LARGEST = 5;
    static final int LATEST = 5;
    /** The articles with the largest sums whose sentences are read for the company's name. */
    static final int AMOUNT_ARTICLES = 50;

    private final Analyzer analyzer;

    /** @param analyzer the index's analyzer: a name is in a sentence when their lemmas say so */
    CompanyPages(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** @param curated the name is the gazetteer's, not one discovery found in the articles */
    CompanyProfile profile(SearchBackend searcher, String name, boolean curated, List<String> formerNames) {
        // every company filter as a plain filter: the company facet then counts the articles
        // naming both, and the newest articles come first
        var ofCompany = SearchRequest.builder().company(name).companyMode(SearchRequest.CompanyMode.ALL);
        SearchResult articles = searcher.search(ofCompany
                .timeline(SearchRequest.Timeline.MONTH)
                .sort(SearchRequest.Sort.DATE)
                .size(LATEST)
                .facetSize(CO_MENTIONED + 1)
                .build());
        List<CompanyProfile.CoMention> others = articles.facets().getOrDefault("company", List.of()).stream()
                .filter(f -> !f.value().equals(name) && f.count() > 0)
                .limit(CO_MENTIONED)
                .map(f -> new CompanyProfile.CoMention(f.value(), f.count()))
                .toList();
        SearchResult richest = searcher.search(ofCompany
                .timeline(null)
                .sort(SearchRequest.Sort.USD)
                .size(AMOUNT_ARTICLES)
                .facets(false)
                .snippets(false)
                .build());
        return new CompanyProfile(
                name,
                articles.total(),
                curated,
                formerNames,
                articles.timeline() == null ? List.of() : articles.timeline(),
                others,
                largestAmounts(searcher, richest.hits(), name, formerNames),
                articles.hits());
    }

    /** The largest sums written in a sentence naming the company, of the articles with the largest sums. */
    private List<CompanyProfile.LargestAmount> largestAmounts(
            SearchBackend searcher, List<Hit> hits, String name, List<String> formerNames) {
        var names = new ArrayList<List<Set<String>>>();
        names.add(IndexTerms.byPosition(analyzer, ArticleSchema.BODY, name));
        formerNames.forEach(f -> names.add(IndexTerms.byPosition(analyzer, ArticleSchema.BODY, f)));
        var out = new ArrayList<CompanyProfile.LargestAmount>();
        for (Hit hit : hits) {
            if (hit.amountsUsd().isEmpty()) {
                continue;
            }
            searcher.document(hit.id()).ifPresent(article -> {
                // one entry per sentence, with its largest sum ("od 600 do 700 mld dolarów")
                var bySentence = new java.util.LinkedHashMap<String, java.math.BigDecimal>();
                for (Amount amount : article.amounts()) {
                    if (amount.sumUsd() != null) {
                        bySentence.merge(
                                sentence(article.title(), article.body(), amount.text()),
                                amount.sumUsd(),
                                java.math.BigDecimal::max);
                    }
                }
                bySentence.forEach((sentence, usd) -> {
                    if (names(sentence, names)) {
                        out.add(new CompanyProfile.LargestAmount(usd, sentence, article.id(), article.title()));
                    }
                });
            });
        }
        out.sort(Comparator.comparing(CompanyProfile.LargestAmount::usd).reversed());
        return out.subList(0, Math.min(LARGEST, out.size()));
    }

    /** Whether every word of one of the names is in the sentence, in any of its forms. */
    private boolean names(String sentence, List<List<Set<String>>> names) {
        Set<String> all = IndexTerms.of(analyzer, ArticleSchema.BODY, sentence);
        return names.stream()
                .anyMatch(name -> !name.isEmpty()
                        && name.stream().allMatch(position -> position.stream().anyMatch(all::contains)));
    }

    /** The sentence of the body (or the title) holding the amount as written, or the amount alone. */
    static String sentence(String title, String body, String amountText) {
        for (String text : new String[] {body, title}) {
            if (text != null && text.contains(amountText)) {
                for (String sentence : SentenceBreaks.split(text)) {
                    if (sentence.contains(amountText)) {
                        return sentence;
                    }
                }
            }
        }
        return amountText;
    }
}
