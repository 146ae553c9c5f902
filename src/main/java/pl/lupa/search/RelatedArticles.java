package pl.lupa.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import pl.lupa.index.ArticleSchema;

/**
 * Articles related to one article: Lucene's {@link MoreLikeThis} over the lemmas of its title and
 * body (the words that are frequent in it and rare in the index), plus a bonus for each company
 * both name and for closeness in time. An article must share words or a company to be listed;
 * the time bonus only orders those that do. The article itself is never listed. Another outlet's
 * report of the same news is marked {@code sameStory}, and related articles telling one story
 * are listed once ({@link NearDuplicates}).
 */
final class RelatedArticles {

    /** How many of the article's most telling lemmas the query keeps. */
    static final int QUERY_TERMS = 30;
    /**
     * What each company both articles name adds, a constant beside the text's similarity (tens):
     * a tie-breaker, not a ranking of its own. Scored by BM25 with a weight of 1.5, three shared
     * companies lifted a survey of the games industry above the same game's earlier story.
     */
    static final float COMPANY_BONUS = 1f;
    /** The bonus of an article published on the same day; half of it at {@link #TIME_PIVOT_DAYS}. */
    static final float TIME_WEIGHT = 1.5f;

    static final long TIME_PIVOT_DAYS = 30;

    private final Analyzer analyzer;
    private final HitBuilder hitBuilder;
    private final NearDuplicates nearDuplicates;
    private final String companyField =
            ArticleSchema.facetsConfig().getDimConfig(ArticleSchema.DIM_COMPANY).indexFieldName;

    RelatedArticles(Analyzer analyzer, HitBuilder hitBuilder, NearDuplicates nearDuplicates) {
        this.analyzer = analyzer;
        this.hitBuilder = hitBuilder;
        this.nearDuplicates = nearDuplicates;
    }

    /** The related articles of the article with this id, best first; empty when there is no such article. */
    Optional<Related> find(ReaderSearcher searcher, String id, int size) throws IOException {
        Query self = new TermQuery(new Term(ArticleSchema.ID, id));
        TopDocs top = searcher.search(self, 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        int doc = top.scoreDocs[0].doc;
        Document stored = searcher.storedFields().document(doc);

        var mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {ArticleSchema.TITLE, ArticleSchema.BODY});
        mlt.setMinTermFreq(1); // news articles are short: a word said once can be what they are about
        mlt.setMinDocFreq(2); // a word no other article has relates to nothing
        mlt.setMaxDocFreqPct(50);
        mlt.setMaxQueryTerms(QUERY_TERMS);
        mlt.setBoost(true);
        Query like = mlt.like(doc);

        var shares = new BooleanQuery.Builder().add(like, Occur.SHOULD);
        for (String company : Stored.entities(stored).companies()) {
            Query sameCompany = new TermQuery(DrillDownQuery.term(companyField, ArticleSchema.DIM_COMPANY, company));
            shares.add(new BoostQuery(new ConstantScoreQuery(sameCompany), COMPANY_BONUS), Occur.SHOULD);
        }
        var query = new BooleanQuery.Builder().add(shares.build(), Occur.MUST).add(self, Occur.MUST_NOT);
        String date = Stored.date(stored);
        if (date != null) {
            long day = java.time.LocalDate.parse(date).toEpochDay();
            query.add(
                    LongField.newDistanceFeatureQuery(ArticleSchema.DATE, TIME_WEIGHT, day, TIME_PIVOT_DAYS),
                    Occur.SHOULD);
        }
        // twice as many as asked, so that near-duplicates folded away still leave enough
        ScoreDoc[] hits = searcher.search(query.build(), 2 * size).scoreDocs;
        var request = SearchRequest.builder()
                .snippets(false)
                .sort(SearchRequest.Sort.RELEVANCE)
                .build();
        List<ScoreDoc> ranked = Arrays.asList(hits);
        List<Hit> found = hitBuilder.hits(searcher, request, null, ranked, Map.of());
        // the same story told by another outlet is labelled, and told by several, grouped
        List<Boolean> same = nearDuplicates.sameStory(searcher, doc, date, ranked, found);
        var sameStory = new java.util.HashMap<String, Boolean>();
        for (int i = 0; i < found.size(); i++) {
            sameStory.put(found.get(i).id(), same.get(i));
        }
        List<Related.Article> related = nearDuplicates.fold(searcher, ranked, found).stream()
                .map(h -> new Related.Article(
                        h.id(),
                        h.title(),
                        h.date(),
                        h.source(),
                        h.companies(),
                        h.score(),
                        sameStory.get(h.id()),
                        h.duplicates()))
                .limit(size)
                .toList();
        return Optional.of(new Related(id, related));
    }
}
