package pl.lupa.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.index.ArticleSchema;

/**
 * Lupa's search over the embedded index, one {@link SearchBackend}: a request in, a result out. The work is
 * done by small classes, one job each:
 *
 * <ul>
 *   <li>{@link LiveIndex}: opening, refreshing and the health of the index;
 *   <li>{@link QueryBuilder}: the user's query text as Lucene queries ({@link QueryPlan});
 *   <li>{@link MatchCounter}: top hits, number of matches and facet counts under the filters;
 *   <li>{@link PartialMatches}: articles holding most of the words, after those holding them all;
 *   <li>{@link ProximityRescorer}: words close together move up;
 *   <li>{@link HitBuilder}: hits with highlighted titles and snippets;
 *   <li>{@link FacetPresenter}: facet values as a reader sees them;
 *   <li>{@link DocumentView}: one article in full.
 * </ul>
 *
 * Thread-safe; one instance serves all requests.
 */
public final class LupaSearcher implements SearchBackend {

    private final Duration budget;
    private final Analyzer analyzer = ArticleSchema.indexAnalyzer();
    private final QueryExpander expander = new QueryExpander();
    private final RankingConfig config;
    private final QueryBuilder queryBuilder;
    private final MatchCounter matchCounter = new MatchCounter();
    private final HitBuilder hitBuilder = new HitBuilder(analyzer);
    private final DocumentView documentView;
    private final LiveIndex index;
    private final ResultExport export;
    private final NearDuplicates nearDuplicates = new NearDuplicates(analyzer);
    private final RelatedArticles relatedArticles = new RelatedArticles(analyzer, nearDuplicates);
    private final CompanyPages companyPages = new CompanyPages(analyzer);
    private final Speller speller = new Speller(expander);
    private final CompanyMentions mentions = new CompanyMentions();
    private final LiveSuggestions suggestions;

    /**
     * @param indexDir     the index folder (it may not exist yet)
     * @param refreshEvery how often to look for a newer commit
     * @param budget       time a search may take before it is cut off
     */
    public LupaSearcher(Path indexDir, Duration refreshEvery, Duration budget) {
        this(indexDir, refreshEvery, budget, RankingConfig.DEFAULT);
    }

    /** A searcher that ranks with other constants: for {@code lupa eval}'s comparisons. */
    public LupaSearcher(Path indexDir, Duration refreshEvery, Duration budget, RankingConfig config) {
        this.budget = budget;
        this.config = config;
        this.queryBuilder = new QueryBuilder(expander, config);
        this.documentView = new DocumentView(queryBuilder, analyzer);
        this.index = new LiveIndex(indexDir, refreshEvery, new BM25Similarity(config.bm25K1(), config.bm25B()));
        this.export = new ResultExport(queryBuilder, matchCounter, hitBuilder, config);
        this.suggestions = LiveSuggestions.of(index);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        try {
            return index.withSearcher(searcher -> search(searcher, request, start));
        } catch (IndexSearcher.TooManyClauses e) {
            // The word limit keeps queries small; should a query still expand past Lucene's
            // clause limit, it is the query's fault, not the server's.
            throw new BadParameterException("q", "the query has too many words; use fewer");
        }
    }

    private SearchResult search(ReaderSearcher searcher, SearchRequest asked, long start) throws IOException {
        long deadline = start + budget.toNanos();
        CompanyNames companies = searcher.companyNames();
        SearchRequest request = companies.resolve(asked);
        Map<String, String> corrections = request.query().isEmpty()
                ? Map.of()
                : speller.corrections(
                        request.query(), speller.words(searcher.getIndexReader()), companies, searcher.companyCounts());
        QueryPlan plan = request.query().isEmpty()
                ? QueryPlan.ALL
                : queryBuilder.build(request.query(), searcher.vocabulary(), speller.tolerance(corrections));
        var named = mentions.find(plan, companies, searcher.getIndexReader());
        plan = named.plan();
        int pageEnd = request.page() * request.size();
        int topN = Math.max(QueryBuilder.RESCORE_DEPTH, pageEnd);
        boolean byRelevance = request.effectiveSort() == SearchRequest.Sort.RELEVANCE;
        MatchCounter.Matches matches;
        Optional<PartialMatches.Plan> relaxedPlan = Optional.empty();
        MatchCounter.Matches partial = null;
        Optional<PartialMatches.Plan> partialPlan = Optional.empty();
        try {
            matches = matchCounter.run(
                    searcher, request, new DeadlineQuery(plan.strict(), deadline), topN, plan.oneWord());
            if (matches.total() == 0) {
                // Nothing holds every word: the partial matches are the list, counted and faceted.
                relaxedPlan = PartialMatches.plan(plan, searcher, config, false);
                if (relaxedPlan.isPresent()) {
                    matches = matchCounter.run(
                            searcher,
                            request,
                            new DeadlineQuery(relaxedPlan.get().query(), deadline),
                            topN,
                            false);
                }
            } else if (config.partial() != RankingConfig.Partial.NONE && byRelevance && pageEnd > matches.total()) {
                // The page reaches past the full matches: the partial ones follow them.
                partialPlan = PartialMatches.plan(plan, searcher, config, true);
                if (partialPlan.isPresent()) {
                    int rest = (int) Math.max(QueryBuilder.RESCORE_DEPTH, pageEnd - matches.total());
                    partial = matchCounter.run(
                            searcher,
                            request.withoutFacets(),
                            new DeadlineQuery(partialPlan.get().query(), deadline),
                            rest,
                            false);
                }
            }
        } catch (DeadlineQuery.Exceeded e) {
            return SearchResult.timedOut(request, millisSince(start));
        }
        boolean relaxed = relaxedPlan.isPresent();
        var missing = new HashMap<Integer, List<String>>();
        ScoreDoc[] ranked = matches.hits().scoreDocs;
        if (relaxed) {
            var r = PartialMatches.rank(searcher, ranked, relaxedPlan.get());
            ranked = r.hits();
            missing.putAll(r.missing());
        } else if (plan.proximity() != null && byRelevance && ranked.length > 1) {
            ranked = ProximityRescorer.rescore(searcher, ranked, plan.proximity());
        }
        var listed = new ArrayList<ScoreDoc>(Arrays.asList(ranked));
        if (partial != null) {
            var r = PartialMatches.rank(searcher, partial.hits().scoreDocs, partialPlan.get());
            listed.addAll(Arrays.asList(r.hits()));
            missing.putAll(r.missing());
        }
        int from = Math.min((request.page() - 1) * request.size(), listed.size());
        int to = Math.min(from + request.size(), listed.size());
        List<Hit> hits = hitBuilder.hits(searcher, request, plan.strict(), listed.subList(from, to), missing);
        if (request.group()) {
            hits = nearDuplicates.fold(searcher, listed.subList(from, to), hits);
        }
        var result = new SearchResult(
                request.query(),
                matches.total(),
                matches.exact() ? "eq" : "gte",
                millisSince(start),
                request.page(),
                request.size(),
                hits,
                FacetPresenter.present(matches.facets(), request, companies),
                relaxed,
                false,
                partial == null ? null : partial.total(),
                null,
                QueryHelp.NONE);
        result = withTimeline(searcher, request, relaxed ? relaxedPlan.get().query() : plan.strict(), deadline, result);
        return QueryHelp.addTo(
                result,
                request,
                corrections,
                !speller.tolerance(corrections).isEmpty(),
                named.companies(),
                counted -> search(searcher, counted, start).total());
    }

    /** The result with its timeline when the request asks for one (the query is that of its matches). */
    private SearchResult withTimeline(
            ReaderSearcher searcher, SearchRequest request, Query counted, long deadline, SearchResult result)
            throws IOException {
        if (request.timeline() == null || result.timedOut()) {
            return result;
        }
        try {
            return result.withTimeline(
                    TimelineCounter.count(searcher, matchCounter, request, new DeadlineQuery(counted, deadline)));
        } catch (DeadlineQuery.Exceeded e) {
            return result; // the hits are there; the timeline is left out rather than the answer
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The full article, and with a query the forms it matched anywhere in title and body. */
    @Override
    public Optional<ArticleView> document(String id, String query) {
        return index.withSearcher(searcher -> documentView.find(searcher, id, query));
    }

    /** Every company of the index, most articles first: curated and discovered, with the evidence. */
    @Override
    public List<CompanyListing> companies() {
        return index.withSearcher(CompanyDirectory::list);
    }

    /**
     * Every match of a request in its order, up to {@code limit}, as hits without snippets, handed
     * to {@code sink} while they are read.
     *
     * @throws BadParameterException before anything reaches the sink, for a company the index lacks
     * @return how many hits the sink received
     */
    @Override
    public long export(SearchRequest request, int limit, HitSink sink) {
        return index.withSearcher(searcher -> export.export(searcher, request, limit, sink));
    }

    /**
     * The page of a company named in any case, with or without diacritics, or by a former name;
     * empty when the index has no such company.
     */
    @Override
    public Optional<CompanyProfile> company(String name) {
        CompanyNames names = index.withSearcher(ReaderSearcher::companyNames);
        return names.canonical(name)
                .map(canonical -> companyPages.profile(
                        this, canonical, names.curated(canonical), names.formerNamesOf(canonical)));
    }

    @Override
    public List<String> closestCompanies(String name) {
        return index.withSearcher(ReaderSearcher::companyNames).closest(name);
    }

    /** Articles like the one with this id (never itself), best first; empty for an unknown id. */
    @Override
    public Optional<Related> related(String id, int size) {
        return index.withSearcher(searcher -> relatedArticles.find(searcher, hitBuilder, id, size));
    }

    /** Completions of a prefix: companies, phrases of titles, words. */
    @Override
    public SuggestResult suggest(SuggestRequest request) {
        return index.withSearcher(searcher -> new SuggestResult(
                request.prefix(),
                suggestions.of(LiveSuggestions.version(searcher)).suggest(request.prefix(), request.size(), expander)));
    }

    /** Starts building the suggestions in the background, so that the first ones need not wait. */
    @Override
    public void prepareSuggestions() {
        if (index.health().ready()) {
            suggestions.start();
        }
    }

    @Override
    public IndexHealth health() {
        return index.health();
    }

    /** Looks for a newer commit now (a background thread does it every {@code refreshEvery}). */
    public void refresh() throws IOException {
        index.refresh();
    }

    @Override
    public void close() throws IOException {
        suggestions.close();
        index.close();
        expander.close();
        analyzer.close();
    }
}
