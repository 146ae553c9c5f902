package pl.lupa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import pl.lupa.extract.DiscoveredCompany;
import pl.lupa.index.ArticleSchema;
import pl.lupa.index.DiscoveredCompanies;

/**
 * Every company of an index: its number of articles (the company facet over all articles),
 * whether the gazetteer lists it, and for a name discovery found, the evidence that established
 * it in most articles. Editors read it to see what discovery adds and to correct it.
 */
final class CompanyDirectory {

    private CompanyDirectory() {}

    /** Most articles first, then by name. */
    static List<CompanyListing> list(ReaderSearcher searcher) throws IOException {
        if (searcher.facetState == null) {
            return List.of();
        }
        FacetResult all =
                new SortedSetDocValuesFacetCounts(searcher.facetState).getAllChildren(ArticleSchema.DIM_COMPANY);
        if (all == null) {
            return List.of();
        }
        return list(
                List.of(all.labelValues),
                DiscoveredCompanies.evidence(searcher.getIndexReader()),
                searcher.companyNames());
    }

    /**
     * The listing from counts read elsewhere (a SolrCloud collection's company facet).
     *
     * @param counts   each company with its number of articles
     * @param evidence each discovered name with its evidence and their numbers of articles
     */
    static List<CompanyListing> list(
            List<LabelAndValue> counts, Map<String, Map<String, Integer>> evidence, CompanyNames names) {
        var out = new ArrayList<CompanyListing>();
        for (LabelAndValue lv : counts) {
            Map<String, Integer> seen = evidence.get(lv.label);
            out.add(new CompanyListing(
                    lv.label,
                    lv.value.intValue(),
                    seen == null,
                    seen == null ? null : strongest(seen),
                    names.formerNamesOf(lv.label)));
        }
        out.sort(Comparator.comparingInt(CompanyListing::documents).reversed().thenComparing(CompanyListing::name));
        return out;
    }

    /** The most frequent evidence and its count; "corpus" only when no article's own text established it. */
    private static String strongest(Map<String, Integer> seen) {
        var best = seen.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>, Boolean>comparing(
                                e -> !e.getKey().equals(DiscoveredCompany.CORPUS))
                        .thenComparing(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow();
        return best.getKey() + " (" + best.getValue() + (best.getValue() == 1 ? " article)" : " articles)");
    }
}
