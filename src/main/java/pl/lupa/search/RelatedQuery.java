package pl.lupa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import pl.lupa.index.ArticleSchema;

/**
 * The query of the articles related to one ({@link RelatedArticles}): its telling terms, a bonus
 * for each company it names, one for closeness in time, never the article itself. The embedded
 * index runs it as it is; a SolrCloud collection gets it {@link #encode() encoded} and Lupa's
 * {@code lupa_related} parser turns it into this very Lucene query on every shard.
 *
 * @param id        the article's id
 * @param day       its publication date as epoch day; null when it has none
 * @param companies the companies it names
 * @param terms     its telling terms ({@link LikeTerms})
 */
public record RelatedQuery(String id, Long day, List<String> companies, List<LikeTerms.Chosen> terms) {

    private static final char PART = '\u001e';
    private static final char ITEM = ArticleSchema.FORMER_SEPARATOR;

    public RelatedQuery {
        companies = List.copyOf(companies);
        terms = List.copyOf(terms);
    }

    /**
     * The Lucene query.
     *
     * @param companyTerm the query of the articles naming one company, in the engine's company field
     */
    public Query toQuery(Function<String, Query> companyTerm) {
        var shares = new BooleanQuery.Builder().add(LikeTerms.query(terms), Occur.SHOULD);
        for (String company : companies) {
            shares.add(
                    new BoostQuery(new ConstantScoreQuery(companyTerm.apply(company)), RelatedArticles.COMPANY_BONUS),
                    Occur.SHOULD);
        }
        var query = new BooleanQuery.Builder()
                .add(shares.build(), Occur.MUST)
                .add(new TermQuery(new Term(ArticleSchema.ID, id)), Occur.MUST_NOT);
        if (day != null) {
            query.add(
                    LongField.newDistanceFeatureQuery(
                            ArticleSchema.DATE, RelatedArticles.TIME_WEIGHT, day, RelatedArticles.TIME_PIVOT_DAYS),
                    Occur.SHOULD);
        }
        return query.build();
    }

    /** One line of text for a query parameter: parts split by U+001E, items by U+001F. */
    public String encode() {
        var sb = new StringBuilder(id)
                .append(PART)
                .append(day == null ? "" : day)
                .append(PART);
        sb.append(String.join(String.valueOf(ITEM), companies)).append(PART);
        for (int i = 0; i < terms.size(); i++) {
            var t = terms.get(i);
            if (i > 0) {
                sb.append(ITEM);
            }
            sb.append(t.field()).append(ITEM).append(t.term()).append(ITEM).append(Float.toString(t.boost()));
        }
        return sb.toString();
    }

    /**
     * The query an {@link #encode()} wrote.
     *
     * @throws IllegalArgumentException for text no {@code encode} wrote
     */
    public static RelatedQuery decode(String text) {
        String[] parts = text.split(String.valueOf(PART), -1);
        if (parts.length != 4 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("not a related-articles query: expected 4 parts, found " + parts.length);
        }
        String items = String.valueOf(ITEM);
        List<String> companies = parts[2].isEmpty() ? List.of() : List.of(parts[2].split(items, -1));
        var terms = new ArrayList<LikeTerms.Chosen>();
        if (!parts[3].isEmpty()) {
            String[] t = parts[3].split(items, -1);
            if (t.length % 3 != 0) {
                throw new IllegalArgumentException("not a related-articles query: terms come in threes");
            }
            for (int i = 0; i < t.length; i += 3) {
                terms.add(new LikeTerms.Chosen(t[i], t[i + 1], Float.parseFloat(t[i + 2])));
            }
        }
        return new RelatedQuery(parts[0], parts[1].isEmpty() ? null : Long.parseLong(parts[1]), companies, terms);
    }
}
