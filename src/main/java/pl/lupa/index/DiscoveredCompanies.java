package pl.lupa.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import pl.lupa.extract.DiscoveredCompany;

/**
 * What an index says of the companies discovery found in its articles ({@link
 * ArticleSchema#COMPANY_DISCOVERED}): read by the index job for its memory of names and by the
 * search side for {@code lupa companies} and company pages.
 */
public final class DiscoveredCompanies {

    private DiscoveredCompanies() {}

    /** Discovered name → evidence → the live articles that found it so. */
    public static Map<String, Map<String, Integer>> evidence(IndexReader reader) throws IOException {
        var out = new HashMap<String, Map<String, Integer>>();
        for (LeafReaderContext leaf : reader.leaves()) {
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
                count(out, values.lookupOrd(ord).utf8ToString(), counts[ord]);
            }
        }
        return out;
    }

    /** Adds {@code articles} articles of one stored "name\u001fevidence" value to an evidence map. */
    public static void count(Map<String, Map<String, Integer>> evidence, String pair, int articles) {
        int cut = pair.indexOf(ArticleSchema.FORMER_SEPARATOR);
        evidence.computeIfAbsent(pair.substring(0, cut), k -> new HashMap<>())
                .merge(pair.substring(cut + 1), articles, Integer::sum);
    }

    /**
     * The names established by an article's own text, not only through the corpus: the memory an
     * index run starts from.
     */
    public static Set<String> established(Map<String, Map<String, Integer>> evidence) {
        var names = new TreeSet<String>();
        evidence.forEach((name, kinds) -> {
            if (kinds.keySet().stream().anyMatch(DiscoveredCompany::teaches)) {
                names.add(name);
            }
        });
        return names;
    }
}
