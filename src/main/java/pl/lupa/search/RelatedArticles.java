package pl.lupa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import pl.lupa.index.ArticleSchema;

/**
 * Articles related to one article: its telling lemmas of title and body, chosen as Lucene's
 * MoreLikeThis chooses them ({@link LikeTerms}: the words frequent in it and rare among the
 * articles searched), plus a bonus for each company
 * both name and for closeness in time. An article must share words or a company to be listed;
 * the time bonus only orders those that do. The article itself is never listed. Another outlet's
 * report of the same news is marked {@code sameStory}, and related articles telling one story
 * are listed once ({@link NearDuplicates}). The query ({@link RelatedQuery}) and the listing
 * are the same on the embedded index and on SolrCloud.
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

    /**
     * MoreLikeThis's choice: news articles are short, so a word said once can be what they are
     * about; a word no other article has relates to nothing; one in half the articles tells nothing.
     */
    static final LikeTerms.Settings SETTINGS = new LikeTerms.Settings(QUERY_TERMS, 1, 2, 50);

    private final Analyzer analyzer;
    private final NearDuplicates nearDuplicates;
    private final String companyField =
            ArticleSchema.facetsConfig().getDimConfig(ArticleSchema.DIM_COMPANY).indexFieldName;

    RelatedArticles(Analyzer analyzer, NearDuplicates nearDuplicates) {
        this.analyzer = analyzer;
        this.nearDuplicates = nearDuplicates;
    }

    /** The related articles of the article with this id, best first; empty when there is no such article. */
    Optional<Related> find(ReaderSearcher searcher, HitBuilder hitBuilder, String id, int size) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(ArticleSchema.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        int doc = top.scoreDocs[0].doc;
        Document stored = searcher.storedFields().document(doc);
        String date = Stored.date(stored);
        RelatedQuery query = query(
                id,
                stored.get(ArticleSchema.TITLE),
                stored.get(ArticleSchema.BODY),
                date,
                Stored.entities(stored).companies(),
                LikeTerms.Statistics.of(searcher.getIndexReader()));
        // twice as many as asked, so that near-duplicates folded away still leave enough
        ScoreDoc[] hits = searcher.search(
                        query.toQuery(company ->
                                new TermQuery(DrillDownQuery.term(companyField, ArticleSchema.DIM_COMPANY, company))),
                        2 * size)
                .scoreDocs;
        List<ScoreDoc> ranked = Arrays.asList(hits);
        List<Hit> found = hitBuilder.hits(searcher, HITS, null, ranked, Map.of());
        var lemmas = new ArrayList<Set<String>>();
        for (ScoreDoc sd : ranked) {
            lemmas.add(nearDuplicates.lemmas(searcher, sd.doc));
        }
        return Optional.of(related(id, nearDuplicates.lemmas(searcher, doc), date, found, lemmas, size));
    }

    /** How the hits of related articles are built: without snippets, scored. */
    static final SearchRequest HITS = SearchRequest.builder()
            .snippets(false)
            .sort(SearchRequest.Sort.RELEVANCE)
            .build();

    /**
     * The query of an article's related ones: the lemmas of its title and body {@link LikeTerms
     * chosen} with the statistics of the articles searched.
     */
    RelatedQuery query(
            String id, String title, String body, String date, List<String> companies, LikeTerms.Statistics stats) {
        var text = new LinkedHashMap<String, List<String>>();
        if (title != null) {
            text.put(ArticleSchema.TITLE, List.of(title));
        }
        if (body != null) {
            text.put(ArticleSchema.BODY, List.of(body));
        }
        var terms = LikeTerms.choose(analyzer, text, stats, SETTINGS);
        Long day = date == null ? null : java.time.LocalDate.parse(date).toEpochDay();
        return new RelatedQuery(id, day, companies, terms);
    }

    /**
     * The related articles from the hits of their query, best first: another outlet's report of
     * the same news labelled, and related articles telling one story listed once.
     *
     * @param lemmas  the article's lemmas ({@link NearDuplicates#lemmas(String, String)})
     * @param found   the hits of the query, best first
     * @param ofFound each hit's lemmas
     */
    Related related(String id, Set<String> lemmas, String date, List<Hit> found, List<Set<String>> ofFound, int size) {
        List<Boolean> same = nearDuplicates.sameStory(lemmas, date, found, ofFound);
        var sameStory = new HashMap<String, Boolean>();
        for (int i = 0; i < found.size(); i++) {
            sameStory.put(found.get(i).id(), same.get(i));
        }
        List<Related.Article> related = nearDuplicates.fold(ofFound, found).stream()
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
        return new Related(id, related);
    }
}
