package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;

/**
 * The terms that tell what an article is about, chosen as Lucene's {@link MoreLikeThis} chooses
 * them from stored text (each term's frequency in the article times its idf, the highest first),
 * but from statistics of any source: one index reader, or a SolrCloud collection's counts, where
 * {@code MoreLikeThis} could only read one shard's. {@code MoreLikeThisEquivalenceTest} holds the
 * query to the one {@code MoreLikeThis} builds from the same index.
 */
public final class LikeTerms {

    /** One chosen term and the weight its clause gets. */
    public record Chosen(String field, String term, float boost) {}

    /** What the choice reads of the articles besides their terms' counts. */
    interface Statistics extends ArticleCounts {

        /** The articles counted for the share of {@link Settings#maxDocFreqPct} (an index's {@code maxDoc}). */
        long articles();

        /** The articles holding the field (an index's {@code getDocCount}). */
        long docCount(String field);

        /** The statistics of one index reader, as {@link MoreLikeThis} reads them. */
        static Statistics of(IndexReader reader) {
            ArticleCounts counts = ArticleCounts.of(reader);
            return new Statistics() {
                @Override
                public long articles() {
                    return reader.maxDoc();
                }

                @Override
                public long docCount(String field) {
                    try {
                        return reader.getDocCount(field);
                    } catch (IOException e) {
                        throw new UncheckedIOException("reading the index's statistics failed", e);
                    }
                }

                @Override
                public Map<Term, Long> docFreqs(Collection<Term> terms) {
                    return counts.docFreqs(terms);
                }
            };
        }
    }

    /** {@link MoreLikeThis}'s settings of the same names; the word length and stop word limits are off. */
    record Settings(int maxQueryTerms, int minTermFreq, int minDocFreq, int maxDocFreqPct) {}

    private LikeTerms() {}

    /**
     * The chosen terms of the fields' text, in the order of their clauses in {@link #query}: as
     * {@code MoreLikeThis} adds them, the weakest first, each weighted by its score over the
     * weakest's.
     *
     * @param text each field with its values, in the order the fields are read
     */
    static List<Chosen> choose(
            Analyzer analyzer, Map<String, List<String>> text, Statistics statistics, Settings settings) {
        var frequencies = new HashMap<String, Map<String, int[]>>();
        for (var field : text.entrySet()) {
            for (String value : field.getValue()) {
                if (value != null) {
                    count(
                            analyzer,
                            field.getKey(),
                            value,
                            frequencies.computeIfAbsent(field.getKey(), k -> new HashMap<>()));
                }
            }
        }
        long maxDocFreq = (long) settings.maxDocFreqPct() * statistics.articles() / 100;
        int limit = Math.min(
                settings.maxQueryTerms(),
                frequencies.values().stream().mapToInt(Map::size).sum());
        var queue = new PriorityQueue<Chosen>(limit) {
            @Override
            protected boolean lessThan(Chosen a, Chosen b) {
                return a.boost() < b.boost();
            }
        };
        var idf = new ClassicSimilarity();
        for (var field : frequencies.entrySet()) {
            String name = field.getKey();
            var candidates = new LinkedHashMap<String, Integer>();
            field.getValue().forEach((term, tf) -> {
                if (tf[0] >= settings.minTermFreq()) {
                    candidates.put(term, tf[0]);
                }
            });
            Map<Term, Long> docFreqs = statistics.docFreqs(
                    candidates.keySet().stream().map(t -> new Term(name, t)).toList());
            long docCount = statistics.docCount(name);
            for (var candidate : candidates.entrySet()) {
                long docFreq = docFreqs.getOrDefault(new Term(name, candidate.getKey()), 0L);
                if (docFreq < settings.minDocFreq() || docFreq > maxDocFreq || docFreq == 0) {
                    continue;
                }
                float score = candidate.getValue() * idf.idf(docFreq, docCount);
                if (queue.size() < limit) {
                    queue.add(new Chosen(name, candidate.getKey(), score));
                } else if (queue.top().boost() < score) {
                    queue.updateTop(new Chosen(name, candidate.getKey(), score));
                }
            }
        }
        var out = new ArrayList<Chosen>();
        float weakest = -1;
        for (Chosen c = queue.pop(); c != null; c = queue.pop()) {
            if (weakest == -1) {
                weakest = c.boost();
            }
            out.add(new Chosen(c.field(), c.term(), c.boost() / weakest));
        }
        return out;
    }

    /** The terms as one query, any of them matching: the query {@code MoreLikeThis} builds. */
    static Query query(List<Chosen> chosen) {
        var query = new BooleanQuery.Builder();
        for (Chosen c : chosen) {
            query.add(new BoostQuery(new TermQuery(new Term(c.field(), c.term())), c.boost()), Occur.SHOULD);
        }
        return query.build();
    }

    /** Adds the frequency of each term the field's analysis makes of a value. */
    private static void count(Analyzer analyzer, String field, String value, Map<String, int[]> frequencies) {
        try (TokenStream ts = analyzer.tokenStream(field, value)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TermFrequencyAttribute tf = ts.addAttribute(TermFrequencyAttribute.class);
            ts.reset();
            int tokens = 0;
            while (ts.incrementToken()) {
                if (++tokens > MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED) {
                    break;
                }
                // get and put, not computeIfAbsent: a map grown as MoreLikeThis grows its iterates in
                // its order, so that terms scoring alike at the cut are kept alike
                int[] count = frequencies.get(term.toString());
                if (count == null) {
                    frequencies.put(term.toString(), new int[] {tf.getTermFrequency()});
                } else {
                    count[0] += tf.getTermFrequency();
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an article failed", e);
        }
    }
}
