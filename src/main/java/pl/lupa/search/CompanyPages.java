package pl.lupa.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import pl.lupa.analysis.SentenceBreaks;
import pl.lupa.extract.Amount;
import pl.lupa.extract.Gazetteer;

/**
 * A company's page, built from ordinary searches so its figures are the search's own: the
 * articles naming it (their number, monthly timeline and newest), the companies named beside it
 * (the company facet of its articles), and its largest dollar sums (its articles in order of
 * their largest sum, each sum shown in the sentence it was read from).
 */
final class CompanyPages {

    static final int CO_MENTIONED = 10;
    static final int LARGEST = 5;
    static final int LATEST = 5;

    private final Supplier<Set<String>> curated;

    /** @param curated the gazetteer's names, read the first time a page asks */
    CompanyPages(Supplier<Set<String>> curated) {
        this.curated = curated;
    }

    static CompanyPages withBundledGazetteer() {
        return new CompanyPages(new Supplier<>() {
            private volatile Set<String> names;

            @Override
            public Set<String> get() {
                Set<String> n = names;
                if (n == null) {
                    n = Set.copyOf(Gazetteer.bundled().canonicalNames());
                    names = n;
                }
                return n;
            }
        });
    }

    CompanyProfile profile(LupaSearcher searcher, String name, List<String> formerNames) {
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
                .size(LARGEST)
                .facets(false)
                .snippets(false)
                .build());
        return new CompanyProfile(
                name,
                articles.total(),
                curated.get().contains(name),
                formerNames,
                articles.timeline() == null ? List.of() : articles.timeline(),
                others,
                largestAmounts(searcher, richest.hits()),
                articles.hits());
    }

    /**
     * The largest sums of the articles with the largest sums: the {@value #LARGEST} largest of
     * all are among those of the {@value #LARGEST} articles whose own largest is greatest.
     */
    private static List<CompanyProfile.LargestAmount> largestAmounts(LupaSearcher searcher, List<Hit> hits) {
        var out = new ArrayList<CompanyProfile.LargestAmount>();
        for (Hit hit : hits) {
            if (hit.amountsUsd().isEmpty()) {
                continue;
            }
            searcher.document(hit.id()).ifPresent(article -> {
                var seen = new ArrayList<String>();
                for (Amount amount : article.amounts()) {
                    if (amount.sumUsd() != null && !seen.contains(amount.text())) {
                        seen.add(amount.text());
                        out.add(new CompanyProfile.LargestAmount(
                                amount.sumUsd(),
                                sentence(article.title(), article.body(), amount.text()),
                                article.id(),
                                article.title()));
                    }
                }
            });
        }
        out.sort(Comparator.comparing(CompanyProfile.LargestAmount::usd).reversed());
        return out.subList(0, Math.min(LARGEST, out.size()));
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
