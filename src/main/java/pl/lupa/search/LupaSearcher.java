package pl.lupa.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.extract.Entities;
import pl.lupa.index.ArticleSchema;
import pl.lupa.index.UsdBucket;

/**
 * Searches the index: forgiving query parsing, drill-sideways facets, highlighted snippets,
 * sorting and paging. Holds a {@link SearcherManager} refreshed on a background thread, so
 * commits of a concurrently running index job become visible without a restart, and opens the
 * index by itself once it appears. Thread-safe; one instance serves all requests.
 */
public final class LupaSearcher implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LupaSearcher.class);
    private static final int SNIPPETS = 3;
    private static final Set<String> HIT_FIELDS = Set.of(ArticleSchema.ID, ArticleSchema.TITLE, ArticleSchema.DATE,
            ArticleSchema.URL, ArticleSchema.SOURCE, ArticleSchema.AUTHOR, ArticleSchema.ENTITIES, ArticleSchema.BODY);
    /** A hit without snippets does not need its body. */
    private static final Set<String> LIST_FIELDS = Set.of(ArticleSchema.ID, ArticleSchema.TITLE, ArticleSchema.DATE,
            ArticleSchema.URL, ArticleSchema.SOURCE, ArticleSchema.AUTHOR, ArticleSchema.ENTITIES);

    private final Path indexDir;
    private final Duration budget;
    private final FacetsConfig facetsConfig = ArticleSchema.facetsConfig();
    private final org.apache.lucene.analysis.Analyzer analyzer = ArticleSchema.indexAnalyzer();
    private final QueryExpander expander = new QueryExpander();
    private final QueryBuilder queryBuilder = new QueryBuilder(expander);
    private final ScheduledExecutorService refresher;
    /** Searches the slices of one large query in parallel; one thread per core. */
    private final ExecutorService searchPool;
    private final Object openLock = new Object();

    private volatile Directory directory;
    private volatile SearcherManager manager;
    private volatile Instant lastRefresh;
    private volatile String notReady = "index not opened yet";

    /**
     * @param indexDir     the index folder (it may not exist yet)
     * @param refreshEvery how often to look for a newer commit
     * @param budget       time a search may take before it returns partial results
     */
    public LupaSearcher(Path indexDir, Duration refreshEvery, Duration budget) {
        this.indexDir = indexDir;
        this.budget = budget;
        var threads = new AtomicInteger();
        this.searchPool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            var t = new Thread(r, "lupa-search-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        tryOpen();
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "lupa-refresh");
            t.setDaemon(true);
            return t;
        });
        long ms = refreshEvery.toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Looks for a newer commit now (the background thread does it periodically). */
    public void refresh() throws IOException {
        SearcherManager m = manager;
        if (m == null) {
            tryOpen();
        } else {
            m.maybeRefreshBlocking();
            lastRefresh = Instant.now();
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (IOException | RuntimeException e) {
            // The index is being replaced or is damaged; keep serving the reader we have.
            LOG.warn("cannot refresh the index at {}: {}", indexDir.toAbsolutePath(), e.toString());
        }
    }

    private void tryOpen() {
        synchronized (openLock) {
            if (manager != null) {
                return;
            }
            if (!Files.isDirectory(indexDir)) {
                notReady = "there is no index yet; run 'lupa index' first";
                return;
            }
            Directory dir = null;
            try {
                dir = FSDirectory.open(indexDir);
                if (!DirectoryReader.indexExists(dir)) {
                    notReady = "the index has no commit yet; run 'lupa index'";
                    dir.close();
                    return;
                }
                manager = new SearcherManager(dir, FacetSearcher.factory(facetsConfig, searchPool));
                directory = dir;
                lastRefresh = Instant.now();
                notReady = null;
            } catch (IOException | RuntimeException e) {
                // The details go to the log; clients learn what is wrong and what fixes it.
                LOG.warn("cannot open the index at {}: {}", indexDir.toAbsolutePath(), e.toString());
                notReady = "the index cannot be opened (it is damaged or of another version); rebuild it with "
                        + "'lupa index --full'";
                closeQuietly(dir);
            }
        }
    }

    /** Index state for {@code /health}. */
    public record Health(boolean ready, String message, int documents, long version, Instant lastRefresh) {
    }

    public Health health() {
        SearcherManager m = manager;
        if (m == null) {
            return new Health(false, notReady, 0, 0, null);
        }
        try {
            IndexSearcher s = m.acquire();
            try {
                var reader = (DirectoryReader) s.getIndexReader();
                return new Health(true, null, reader.numDocs(), reader.getVersion(), lastRefresh);
            } finally {
                m.release(s);
            }
        } catch (IOException e) {
            return new Health(false, e.getMessage(), 0, 0, lastRefresh);
        }
    }

    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        SearcherManager m = readyManager();
        try {
            FacetSearcher shared = (FacetSearcher) m.acquire();
            try {
                return search(shared, request, start);
            } catch (IndexSearcher.TooManyClauses e) {
                // The word limit keeps queries small; should a query still expand past Lucene's
                // clause limit, it is the query's fault, not the server's.
                throw new BadParameterException("q", "the query has too many words; use fewer");
            } finally {
                m.release(shared);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index failed", e);
        }
    }

    private SearchResult search(FacetSearcher shared, SearchRequest request, long start) throws IOException {
        long deadline = start + budget.toNanos();
        QueryBuilder.Built built = request.query().isEmpty()
                ? new QueryBuilder.Built(new MatchAllDocsQuery(), null, null)
                : queryBuilder.build(request.query());
        boolean relaxed = false;
        Matches result;
        try {
            result = run(shared, request, new DeadlineQuery(built.strict(), deadline), built.oneWord());
            if (result.total() == 0 && built.relaxed() != null) {
                result = run(shared, request, new DeadlineQuery(built.relaxed(), deadline), false);
                relaxed = true;
            }
        } catch (DeadlineQuery.Exceeded e) {
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            var empty = new LinkedHashMap<String, List<FacetValue>>();
            ArticleSchema.DIMENSIONS.forEach(d -> empty.put(d, List.of()));
            return new SearchResult(request.query(), 0, "gte", tookMs, request.page(), request.size(), List.of(), empty, false, true);
        }
        Query matched = relaxed ? built.relaxed() : built.strict();
        long total = result.total();

        ScoreDoc[] all = result.hits().scoreDocs;
        if (built.proximity() != null && request.effectiveSort() == SearchRequest.Sort.RELEVANCE && all.length > 1) {
            all = ProximityRescorer.rescore(shared, all, built.proximity());
        }
        int from = Math.min((request.page() - 1) * request.size(), all.length);
        int to = Math.min(from + request.size(), all.length);
        int[] docs = new int[to - from];
        for (int i = from; i < to; i++) {
            docs[i - from] = all[i].doc;
        }
        List<Hit> hits = hits(shared, request, matched, all, from, docs);
        Map<String, List<FacetValue>> facets = facets(result.facets(), request);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(request.query(), total, result.exact() ? "eq" : "gte", tookMs, request.page(), request.size(), hits,
                facets, relaxed, false);
    }

    /** The top hits, the facet counts and the number of matches (exact, or a lower bound) of one query. */
    private record Matches(TopDocs hits, Facets facets, long total, boolean exact) {
    }

    /** @param oneWord the query is one plain word, on which block-max WAND skips well */
    private Matches run(FacetSearcher searcher, SearchRequest request, Query query, boolean oneWord) throws IOException {
        var base = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (request.usdMin() != null || request.usdMax() != null) {
            long min = request.usdMin() != null ? request.usdMin() : Long.MIN_VALUE;
            long max = request.usdMax() != null ? request.usdMax() : Long.MAX_VALUE;
            base.add(LongField.newRangeQuery(ArticleSchema.USD, min, max), Occur.FILTER);
        }
        var drill = new DrillDownQuery(facetsConfig, base.build());
        for (String company : request.companies()) {
            drill.add(ArticleSchema.DIM_COMPANY, company);
        }
        for (String bucket : request.usdBuckets()) {
            drill.add(ArticleSchema.DIM_USD, bucket);
        }
        if (request.from() != null || request.to() != null) {
            // The date range filters the year dimension: years are counted as if it were off
            // (pick another year), months within it (the months of the chosen range).
            long from = request.from() != null ? request.from().toEpochDay() : Long.MIN_VALUE;
            long to = request.to() != null ? request.to().toEpochDay() : Long.MAX_VALUE;
            drill.add(ArticleSchema.DIM_YEAR, LongField.newRangeQuery(ArticleSchema.DATE, from, to));
        }
        int topN = Math.max(QueryBuilder.RESCORE_DEPTH, request.page() * request.size());
        Sort sort = request.effectiveSort() == SearchRequest.Sort.DATE ? dateSort() : null;
        if (!request.facets() || searcher.facetState == null) {
            // No facets asked for, or no facet values in the index yet: the top hits alone. Their
            // count stops past a thousand matches, so they can skip what cannot compete.
            TopDocs hits = sort == null ? searcher.search(drill, topN) : searcher.search(drill, topN, sort, true);
            if (!request.facets()) {
                return new Matches(hits, null, hits.totalHits.value, hits.totalHits.relation == TotalHits.Relation.EQUAL_TO);
            }
            return new Matches(hits, null, searcher.count(drill), true); // facets asked for: the total is exact
        }
        boolean drillsDown = drill.getDrillDownQueries().length > 0;
        if (oneWord && !drillsDown && sort == null) {
            // Scoring every match costs far more than finding it. On one word, block-max WAND finds
            // the top hits skipping what cannot compete, and the facet counts visit every match
            // without scores: two passes, together faster than one scoring pass (a common word:
            // about 5 ms → 3 ms). On several words or alternatives WAND skipped too little to pay.
            TopDocs hits = searcher.search(drill, topN);
            FacetsCollector matches = searcher.search(drill, new FacetsCollectorManager());
            return new Matches(hits, searcher.counts(matches), DenseFacets.matched(matches), true);
        }
        // Otherwise one pass collects the top hits and the facet counts together.
        var result = searcher.drillSideways(facetsConfig).search(drill, null, null, topN, sort, true);
        return new Matches(result.hits, result.facets, totalHits(result), true);
    }

    private static long totalHits(DrillSideways.DrillSidewaysResult result) {
        TotalHits total = result.hits.totalHits;
        if (total.relation == TotalHits.Relation.EQUAL_TO || result.drillDownFacetsCollector == null) {
            return total.value;
        }
        // Top-docs collectors stop counting early; the facets collector saw every match.
        return DenseFacets.matched(result.drillDownFacetsCollector);
    }

    private static Sort dateSort() {
        var byDate = new SortedNumericSortField(ArticleSchema.DATE, SortField.Type.LONG, true);
        byDate.setMissingValue(Long.MIN_VALUE);
        return new Sort(byDate, SortField.FIELD_SCORE);
    }

    private List<Hit> hits(FacetSearcher searcher, SearchRequest request, Query query, ScoreDoc[] all, int from, int[] docs)
            throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        // Each hit's stored fields, body included, are read once and shared with the highlighter.
        var stored = searcher.storedFields();
        var loaded = new HashMap<Integer, Document>();
        Set<String> fields = request.snippets() ? HIT_FIELDS : LIST_FIELDS;
        for (int doc : docs) {
            loaded.put(doc, stored.document(doc, fields));
        }
        Map<String, Object[]> highlights = request.query().isEmpty() || !request.snippets()
                ? Map.of() : highlight(searcher, query, docs, loaded);
        boolean scored = request.effectiveSort() == SearchRequest.Sort.RELEVANCE;
        var hits = new ArrayList<Hit>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document d = loaded.get(docs[i]);
            Entities entities = entities(d);
            String title = d.get(ArticleSchema.TITLE);
            @SuppressWarnings("unchecked")
            List<String> titleParts = highlights.isEmpty() ? null : (List<String>) highlights.get(ArticleSchema.TITLE)[i];
            @SuppressWarnings("unchecked")
            List<String> snippets = highlights.isEmpty() ? null : (List<String>) highlights.get(ArticleSchema.BODY)[i];
            if (!request.snippets()) {
                snippets = List.of();
            } else if (snippets == null || snippets.isEmpty()) {
                snippets = List.of(Snippets.lead(d.get(ArticleSchema.BODY), Snippets.MAX_CHARS));
            }
            String titleHighlighted = titleParts == null || titleParts.isEmpty() ? Snippets.escape(title) : titleParts.get(0);
            List<Long> usd = entities.amounts().stream().map(a -> a.usd()).filter(v -> v != null).toList();
            Float score = scored && !Float.isNaN(all[from + i].score) ? all[from + i].score : null;
            hits.add(new Hit(d.get(ArticleSchema.ID), title, titleHighlighted, date(d), d.get(ArticleSchema.URL),
                    d.get(ArticleSchema.SOURCE), d.get(ArticleSchema.AUTHOR), snippets, entities.companies(), usd, score));
        }
        return hits;
    }

    private Map<String, Object[]> highlight(FacetSearcher searcher, Query query, int[] docs, Map<Integer, Document> loaded)
            throws IOException {
        var body = new SnippetHighlighter(searcher, UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Snippets(Snippets.MAX_CHARS))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreaks(), 160, 0.5f))
                .withMaxLength(Integer.MAX_VALUE - 1) // long articles are highlighted over their whole length
                .withWeightMatches(false) // mark each word, not the span of a phrase or proximity match
                .withMaxNoHighlightPassages(0), loaded);
        var title = new SnippetHighlighter(searcher, UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Snippets(Integer.MAX_VALUE))
                .withBreakIterator(WholeBreakIterator::new)
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0), loaded);
        var out = new LinkedHashMap<String, Object[]>();
        out.put(ArticleSchema.BODY, body.highlight(ArticleSchema.BODY, query, docs, SNIPPETS));
        out.put(ArticleSchema.TITLE, title.highlight(ArticleSchema.TITLE, query, docs, 1));
        return out;
    }

    private Map<String, List<FacetValue>> facets(Facets facets, SearchRequest request) throws IOException {
        var out = new LinkedHashMap<String, List<FacetValue>>();
        for (String dim : ArticleSchema.DIMENSIONS) {
            out.put(dim, facets == null ? List.of() : facetValues(facets, dim, request));
        }
        return out;
    }

    private List<FacetValue> facetValues(Facets facets, String dim, SearchRequest request) throws IOException {
        List<LabelAndValue> values;
        try {
            FacetResult all = facets.getAllChildren(dim);
            values = all == null ? new ArrayList<>() : new ArrayList<>(List.of(all.labelValues));
        } catch (IllegalArgumentException notIndexed) {
            return List.of(); // no document has this dimension yet
        }
        Comparator<LabelAndValue> order = dim.equals(ArticleSchema.DIM_MONTH)
                ? Comparator.comparing((LabelAndValue lv) -> lv.label).reversed()
                : Comparator.comparing((LabelAndValue lv) -> lv.value.longValue()).reversed().thenComparing(lv -> lv.label);
        values.sort(order);
        var result = new ArrayList<FacetValue>();
        for (LabelAndValue lv : values) {
            boolean selected = selected(dim, lv.label, request);
            if (result.size() < request.facetSize() || selected) {
                result.add(new FacetValue(lv.label, label(dim, lv.label), lv.value.longValue(), selected));
            }
        }
        // A selected value that matches nothing now is still listed, so it can be unticked.
        for (String value : selectedValues(dim, request)) {
            if (result.stream().noneMatch(f -> f.value().equals(value))) {
                result.add(new FacetValue(value, label(dim, value), 0, true));
            }
        }
        return result;
    }

    private static List<String> selectedValues(String dim, SearchRequest request) {
        return switch (dim) {
            case ArticleSchema.DIM_COMPANY -> request.companies();
            case ArticleSchema.DIM_USD -> request.usdBuckets();
            default -> List.of();
        };
    }

    private static boolean selected(String dim, String value, SearchRequest request) {
        return switch (dim) {
            case ArticleSchema.DIM_COMPANY -> request.companies().contains(value);
            case ArticleSchema.DIM_USD -> request.usdBuckets().contains(value);
            case ArticleSchema.DIM_YEAR -> covers(request, LocalDate.of(Integer.parseInt(value), 1, 1), LocalDate.of(Integer.parseInt(value), 12, 31));
            case ArticleSchema.DIM_MONTH -> {
                var first = LocalDate.parse(value + "-01");
                yield covers(request, first, first.withDayOfMonth(first.lengthOfMonth()));
            }
            default -> false;
        };
    }

    /** Whether the request's date range is exactly this period. */
    private static boolean covers(SearchRequest request, LocalDate first, LocalDate last) {
        return first.equals(request.from()) && last.equals(request.to());
    }

    private static String label(String dim, String value) {
        return dim.equals(ArticleSchema.DIM_USD) ? UsdBucket.byKey(value).map(UsdBucket::label).orElse(value) : null;
    }

    /** The full article, as {@code lupa extract} prints it, plus its id. */
    public Optional<ArticleView> document(String id) {
        return document(id, "");
    }

    /**
     * The full article, and with a query the forms it matched anywhere in title and body, so a
     * reader's view can mark them all.
     */
    public Optional<ArticleView> document(String id, String query) {
        SearcherManager m = readyManager();
        try {
            IndexSearcher s = m.acquire();
            try {
                TopDocs top = s.search(new TermQuery(new Term(ArticleSchema.ID, id)), 1);
                if (top.scoreDocs.length == 0) {
                    return Optional.empty();
                }
                int doc = top.scoreDocs[0].doc;
                Document d = s.storedFields().document(doc);
                Entities e = entities(d);
                List<String> matched = query == null || query.isBlank() ? List.of() : matchedForms((FacetSearcher) s, query, doc);
                return Optional.of(new ArticleView(d.get(ArticleSchema.ID), d.get(ArticleSchema.TITLE), date(d),
                        d.get(ArticleSchema.AUTHOR), d.get(ArticleSchema.URL), d.get(ArticleSchema.SOURCE),
                        d.get(ArticleSchema.BODY), e.companies(), e.amounts(), e.dates(), matched));
            } finally {
                m.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index failed", e);
        }
    }

    private List<String> matchedForms(FacetSearcher searcher, String query, int doc) throws IOException {
        Query q = queryBuilder.build(query).strict();
        var highlighter = new SnippetHighlighter(searcher, UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MatchedForms())
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0), Map.of());
        var forms = new java.util.LinkedHashSet<String>();
        for (String field : new String[] {ArticleSchema.TITLE, ArticleSchema.BODY}) {
            Object found = highlighter.highlight(field, q, new int[] {doc}, 1)[0];
            if (found instanceof List<?> list) {
                list.forEach(f -> forms.add((String) f));
            }
        }
        return List.copyOf(forms);
    }

    private SearcherManager readyManager() {
        SearcherManager m = manager;
        if (m == null) {
            tryOpen();
            m = manager;
        }
        if (m == null) {
            throw new IndexNotReadyException(notReady);
        }
        return m;
    }

    private static String date(Document d) {
        var field = d.getField(ArticleSchema.DATE);
        return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue()).toString();
    }

    private static Entities entities(Document d) {
        String json = d.get(ArticleSchema.ENTITIES);
        if (json == null) {
            return Entities.NONE;
        }
        try {
            return JSON.readValue(json, Entities.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored entities are not readable", e);
        }
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        searchPool.shutdownNow();
        synchronized (openLock) {
            if (manager != null) {
                manager.close();
                manager = null;
            }
            closeQuietly(directory);
            directory = null;
        }
        expander.close();
        analyzer.close();
    }

    private static void closeQuietly(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException ignored) {
                // closing a read-only directory has nothing to lose
            }
        }
    }
}
