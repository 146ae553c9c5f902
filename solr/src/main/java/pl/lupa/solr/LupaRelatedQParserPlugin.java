package pl.lupa.solr;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import pl.lupa.index.ArticleSchema;
import pl.lupa.search.RelatedQuery;

/**
 * {@code {!lupa_related v=$related}}: the articles related to one, as the very Lucene query the
 * embedded index runs ({@link RelatedQuery}): the article's telling terms, which a Lupa client
 * chose with the whole collection's counts, a bonus per company it names (the {@code company}
 * field) and one for closeness in time, never the article itself.
 *
 * <p>Registered in solrconfig.xml as {@code <queryParser name="lupa_related" class="pl.lupa.solr.LupaRelatedQParserPlugin"/>}.
 */
public final class LupaRelatedQParserPlugin extends QParserPlugin {

    /** The parser's name in {@code {!lupa_related}}. */
    public static final String NAME = "lupa_related";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                return query(qstr);
            }
        };
    }

    /** The query an encoded {@link RelatedQuery} stands for. */
    static Query query(String encoded) throws SyntaxError {
        try {
            return RelatedQuery.decode(encoded == null ? "" : encoded)
                    .toQuery(company -> new TermQuery(new Term(ArticleSchema.DIM_COMPANY, company)));
        } catch (IllegalArgumentException e) {
            throw new SyntaxError("lupa_related: " + e.getMessage(), e);
        }
    }

    @Override
    public String getDescription() {
        return "Lupa's related articles of one, from the terms a Lupa client chose";
    }
}
