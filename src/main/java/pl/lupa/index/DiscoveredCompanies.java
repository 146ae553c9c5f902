package pl.lupa.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

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
                String pair = values.lookupOrd(ord).utf8ToString();
                int cut = pair.indexOf(ArticleSchema.FORMER_SEPARATOR);
                out.computeIfAbsent(pair.substring(0, cut), k -> new HashMap<>())
                        .merge(pair.substring(cut + 1), counts[ord], Integer::sum);
            }
        }
        return out;
    }
}
