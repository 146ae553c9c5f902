package pl.lupa.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.analysis.Vocabulary;
import pl.lupa.index.ArticleSchema;

/**
 * The Lucene queries Lupa's search makes of a query text, for searchers outside this package
 * (Solr's {@code lupa} query parser): the same {@link QueryBuilder} and {@link PartialMatches}
 * the embedded search uses, so they follow every change to them. {@code LupaQueriesTest} pins that
 * they equal the builder's.
 */
public final class LupaQueries {

    /** The number of top hits the proximity query reorders, as {@link LupaSearcher} does. */
    public static final int RESCORE_DEPTH = QueryBuilder.RESCORE_DEPTH;

    /**
     * What one query text becomes.
     *
     * @param strict    every word required; the query of the full matches
     * @param partial   the articles holding only some of the words, scored by the words they hold
     *                  (see {@link PartialMatches}); listed after the full matches, or alone when
     *                  there are none; empty when nothing can be left out, or without an index
     * @param proximity the words near each other, in order: its score is added to the top
     *                  {@link #RESCORE_DEPTH} hits; empty for fewer than two words
     */
    public record Plan(Query strict, Optional<Query> partial, Optional<Query> proximity) {}

    private LupaQueries() {}

    /** The plan without an index to consult: no derived nouns or spelling variants, no partial query. */
    public static Plan plan(QueryExpander expander, String text) {
        return plan(expander, text, null);
    }

    /**
     * @param expander the caller's expander (thread-safe; it holds per-thread dictionary state,
     *                 so one per searcher rather than one per query)
     * @param searcher the index the queries will run on, for the choices that depend on the
     *                 collection (derived nouns, spelling variants, the rarest word); null for none
     * @throws BadParameterException when the text has more words than a query may hold
     */
    public static Plan plan(QueryExpander expander, String text, IndexSearcher searcher) {
        return plan(expander, text, searcher, "", "", "");
    }

    /**
     * @param vocabulary how many articles of the whole collection hold each term the text asks
     *                   about, as {@link #vocabulary} wrote it, when {@code searcher} holds only a
     *                   shard: every shard then makes the same choices (derived nouns, spelling
     *                   variants, the rarest word) as one index would; empty to ask {@code searcher}
     * @param companies  the companies the text names in several words, as {@link #companies} wrote
     *                   them: their words become one, the words as typed or the company's articles
     *                   (in the {@code company} field), as the embedded search merges them
     * @param tolerance  the words of the text nobody could find, each with the terms of its
     *                   correction, as {@link #tolerance} wrote them: each is also searched through
     *                   them, as the embedded search does; empty for none
     * @throws BadParameterException for a vocabulary, companies or tolerance that cannot be read or do not fit
     */
    public static Plan plan(
            QueryExpander expander,
            String text,
            IndexSearcher searcher,
            String vocabulary,
            String companies,
            String tolerance) {
        Vocabulary counts = searcher == null ? Vocabulary.ANY : BodyVocabulary.of(searcher.getIndexReader());
        if (vocabulary != null && !vocabulary.isEmpty()) {
            counts = decodeVocabulary(vocabulary, counts);
        }
        QueryPlan plan = new QueryBuilder(expander).build(text, counts, decodeTolerance(tolerance));
        try {
            plan = CompanyMentions.merged(plan, decode(companies), LupaQueries::companyField);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("companies", e.getMessage());
        }
        Optional<Query> partial = searcher == null
                ? Optional.empty()
                : PartialMatches.plan(plan, counts, RankingConfig.DEFAULT, true).map(PartialMatches.Plan::query);
        return new Plan(plan.strict(), partial, Optional.ofNullable(plan.proximity()));
    }

    private static final char RECORD = '\u001e';

    /** Terms and their articles as one parameter: "term U+001F count", records separated by U+001E. */
    static String vocabulary(Map<String, Long> counts) {
        var out = new StringBuilder();
        counts.forEach((term, df) -> out.append(out.length() == 0 ? "" : String.valueOf(RECORD))
                .append(term)
                .append(SEPARATOR)
                .append(df));
        return out.toString();
    }

    /** The counts of a parameter; a term it does not list is asked of {@code otherwise}. */
    private static Vocabulary decodeVocabulary(String param, Vocabulary otherwise) {
        var counts = new HashMap<String, Long>();
        for (String record : param.split(String.valueOf(RECORD))) {
            int cut = record.lastIndexOf(SEPARATOR);
            try {
                counts.put(record.substring(0, cut), Long.parseLong(record.substring(cut + 1)));
            } catch (RuntimeException e) {
                throw new BadParameterException("vocabulary", "not term U+001F count: " + record);
            }
        }
        return term -> {
            Long df = counts.get(term);
            return df != null ? df : otherwise.docFreq(term);
        };
    }

    private static final char SEPARATOR = '\u001f';

    /** Corrected words and their terms as one parameter: "word U+001F term U+001F term…", records separated by U+001E. */
    static String tolerance(Map<String, List<String>> corrections) {
        var out = new StringBuilder();
        new java.util.TreeMap<>(corrections).forEach((word, terms) -> {
            out.append(out.length() == 0 ? "" : String.valueOf(RECORD)).append(word);
            terms.forEach(t -> out.append(SEPARATOR).append(t));
        });
        return out.toString();
    }

    private static Map<String, List<String>> decodeTolerance(String param) {
        if (param == null || param.isEmpty()) {
            return Map.of();
        }
        var out = new HashMap<String, List<String>>();
        for (String record : param.split(String.valueOf(RECORD))) {
            String[] parts = record.split(String.valueOf(SEPARATOR));
            if (parts.length < 2 || parts[0].isEmpty()) {
                throw new BadParameterException("tolerance", "not word U+001F term…: " + record);
            }
            out.put(parts[0], List.of(parts).subList(1, parts.length));
        }
        return out;
    }

    /** The merges of a search as one parameter: "start:count:company", separated by U+001F. */
    static String companies(List<CompanyMentions.Merge> merges) {
        var out = new StringBuilder();
        for (CompanyMentions.Merge m : merges) {
            out.append(out.length() == 0 ? "" : String.valueOf(SEPARATOR))
                    .append(m.start())
                    .append(':')
                    .append(m.count())
                    .append(':')
                    .append(m.company());
        }
        return out.toString();
    }

    private static List<CompanyMentions.Merge> decode(String companies) {
        if (companies == null || companies.isEmpty()) {
            return List.of();
        }
        var out = new ArrayList<CompanyMentions.Merge>();
        for (String one : companies.split(String.valueOf(SEPARATOR))) {
            String[] parts = one.split(":", 3);
            try {
                out.add(new CompanyMentions.Merge(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not start:count:company: " + one, e);
            }
        }
        return out;
    }

    /**
     * A company's articles in a Solr collection: the field of the company dimension, which has the
     * dimension's name ({@code SolrDocuments.field}; a constant here, as the plugin jar carries no
     * class of the index package).
     */
    private static Query companyField(String company) {
        return new TermQuery(new Term(ArticleSchema.DIM_COMPANY, company));
    }
}
