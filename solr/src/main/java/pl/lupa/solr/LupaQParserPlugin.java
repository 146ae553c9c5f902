package pl.lupa.solr;

import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.search.BadParameterException;
import pl.lupa.search.LupaQueries;

/**
 * {@code {!lupa}}: the text a user typed into Lupa's search box, as the very Lucene query the
 * embedded search builds ({@link LupaQueries}): lemmas, diacritics-restored alternatives, the
 * exact-title bonus, phrases, exclusions and OR, with the forgiving syntax in which nothing is a
 * syntax error.
 *
 * <p>The embedded search runs up to three queries per text; {@code part} picks one:
 * {@code strict} (the default: every word required), {@code partial} (the articles holding only
 * some of the words, their scores ordered by the words they hold, listed after the full matches
 * or alone when there are none; built against the core's own index; matches nothing when no word
 * can be left out) and
 * {@code proximity} (the words near each other, whose score the embedded search adds to its top
 * {@value LupaQueries#RESCORE_DEPTH} hits: {@code rq={!rerank reRankQuery=$pq reRankDocs=100}};
 * matches nothing for fewer than two words).
 *
 * <p>Registered in solrconfig.xml as {@code <queryParser name="lupa" class="pl.lupa.solr.LupaQParserPlugin"/>}.
 */
public final class LupaQParserPlugin extends QParserPlugin implements AutoCloseable {

    /** The parser's name in {@code {!lupa}}. */
    public static final String NAME = "lupa";
    /** The local parameter that picks the plan's query. */
    public static final String PART = "part";
    /**
     * The local parameter with the number of articles of the whole collection holding each term the
     * text asks about: the choices that depend on the collection (derived nouns, spelling variants,
     * the rarest word) are then the same on every shard, as on one index. Without it each shard
     * counts its own.
     */
    public static final String VOCABULARY = "vocabulary";
    /**
     * The local parameter that lists the companies the text names in several words, whose words
     * the embedded search merges into one ("start:count:company", separated by U+001F): a Lupa
     * client finds them among the collection's companies and passes them on.
     */
    public static final String COMPANIES = "companies";
    /**
     * The local parameter that lists the words of the text nobody could find, each with the terms
     * of the correction the embedded search also searches it through ("word U+001F term…",
     * separated by U+001E): a Lupa client corrects them with the collection's words.
     */
    public static final String TOLERANCE = "tolerance";

    /** Which of the plan's queries a parser returns. */
    public enum Part {
        STRICT,
        PARTIAL,
        PROXIMITY
    }

    /** One per core: it keeps a Morfologik lemmatizer per search thread. */
    private final QueryExpander expander = new QueryExpander();

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new LupaQParser(qstr, localParams, params, req);
    }

    /** Named, as Solr's debug output shows a parser's class name. */
    private final class LupaQParser extends QParser {

        LupaQParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
            super(qstr, localParams, params, req);
        }

        @Override
        public Query parse() throws SyntaxError {
            return query(
                    qstr,
                    localParams == null ? null : localParams.get(PART),
                    req == null ? null : req.getSearcher(),
                    localParams == null ? "" : localParams.get(VOCABULARY, ""),
                    localParams == null ? "" : localParams.get(COMPANIES, ""),
                    localParams == null ? "" : localParams.get(TOLERANCE, ""));
        }
    }

    /**
     * The query of one part of the plan of {@code text}; {@code part} null means strict.
     *
     * @param searcher the core's searcher, for the choices that depend on the collection; null for none
     */
    Query query(String text, String part, IndexSearcher searcher) throws SyntaxError {
        return query(text, part, searcher, "", "", "");
    }

    /**
     * @param vocabulary the collection's counts of the text's terms ({@link #VOCABULARY}); empty to count in {@code searcher}
     * @param companies  the companies the text names in several words ({@link #COMPANIES}); empty for none
     * @param tolerance  the corrected words and their terms ({@link #TOLERANCE}); empty for none
     */
    Query query(String text, String part, IndexSearcher searcher, String vocabulary, String companies, String tolerance)
            throws SyntaxError {
        Part which = parsePart(part);
        LupaQueries.Plan plan;
        try {
            plan = LupaQueries.plan(expander, text == null ? "" : text, searcher, vocabulary, companies, tolerance);
        } catch (BadParameterException e) {
            // a 400 in Solr, as the embedded API answers 400 for the same text
            throw new SyntaxError(e.getMessage(), e);
        }
        return switch (which) {
            case STRICT -> plan.strict();
            case PARTIAL -> orNothing(plan.partial(), "no word to leave out");
            case PROXIMITY -> orNothing(plan.proximity(), "fewer than two words have no proximity");
        };
    }

    private static Query orNothing(Optional<Query> query, String why) {
        return query.orElseGet(() -> new MatchNoDocsQuery(why));
    }

    private static Part parsePart(String part) throws SyntaxError {
        if (part == null || part.isEmpty()) {
            return Part.STRICT;
        }
        try {
            return Part.valueOf(part.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SyntaxError("lupa: part must be strict, partial or proximity, not " + part, e);
        }
    }

    @Override
    public String getDescription() {
        return "Lupa's query language over Polish lemmas";
    }

    @Override
    public void close() {
        expander.close();
    }
}
