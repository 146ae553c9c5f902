package pl.lupa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import pl.lupa.extract.DiscoveredCompany;
import pl.lupa.index.ArticleSchema;

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
        Map<String, Map<String, Integer>> evidence = evidence(searcher);
        CompanyNames names = searcher.companyNames();
        var out = new ArrayList<CompanyListing>();
        for (LabelAndValue lv : all.labelValues) {
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

    /** Whether discovery found this name in the index's articles (it is not the gazetteer's). */
    static boolean discovered(ReaderSearcher searcher, String name) throws IOException {
        return evidence(searcher).containsKey(name);
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

    /** Discovered name → evidence → live articles, from the discovered-companies doc values. */
    private static Map<String, Map<String, Integer>> evidence(ReaderSearcher searcher) throws IOException {
        var out = new HashMap<String, Map<String, Integer>>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SortedSetDocValues values = leaf.reader().getSortedSetDocValues(ArticleSchema.COMPANY_DISCOVERED);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            var counts = new int[(int) values.getValueCount()];
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                for (int i = 0; i < values.docValueCount(); i++) {
                    counts[(int) values.nextOrd()]++;
                }
            }
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] == 0) {
                    continue;
                }
                String pair = values.lookupOrd(ord).utf8ToString();
                int cut = pair.indexOf(ArticleSchema.FORMER_SEPARATOR);
                out.computeIfAbsent(pair.substring(0, cut), k -> new HashMap<>())
                        .merge(pair.substring(cut + 1), counts[ord], Integer::sum);
            }
        }
        return out;
    }
}
