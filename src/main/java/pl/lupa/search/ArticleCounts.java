package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How many articles hold each of some terms: one index reader's {@code docFreq}, or a SolrCloud
 * collection's sum over its shards ({@link SolrCollection}), asked for many terms at once so that
 * a collection answers them in one request.
 */
interface ArticleCounts {

    /** Each term with the number of articles holding it (zero for none), in the order asked. */
    Map<Term, Long> docFreqs(Collection<Term> terms);

    /** The counts of one index reader. */
    static ArticleCounts of(IndexReader reader) {
        return terms -> {
            var out = new LinkedHashMap<Term, Long>();
            try {
                for (Term term : terms) {
                    out.put(term, (long) reader.docFreq(term));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading the index's terms failed", e);
            }
            return out;
        };
    }
}
