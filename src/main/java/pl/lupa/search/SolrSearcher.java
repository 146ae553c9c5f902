package pl.lupa.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.uhighlight.Passage;
import pl.lupa.analysis.Lemmatizer;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.analysis.Vocabulary;
import pl.lupa.extract.Amount;
import pl.lupa.extract.ExtractedEntities;
import pl.lupa.index.ArticleSchema;
import pl.lupa.index.DiscoveredCompanies;
import pl.lupa.index.SolrDocuments;
import pl.lupa.solrcloud.SolrCloudClient;
import pl.lupa.solrcloud.SolrCollections;

/**
 * Lupa's search over a SolrCloud collection, the second {@link SearchBackend}. The query is the
 * one the embedded search builds: Solr parses the user's text with the {@code lupa} query parser
 * of Lupa's plugin jar ({@code {!lupa}}), so lemmas, diacritics alternatives, phrases, exclusions
 * and the exact-title bonus are the same Lucene query, scored with the collection's exact
 * statistics. Around it, this class does in Solr's terms what {@link LupaSearcher} does in Lucene's:
 *
 * <ul>
 *   <li>facets through the JSON Facet API, each dimension's own filter tagged and excluded from
 *       its count (drill sideways); a date range is excluded from the years and the timeline;
 *   <li>the full matches first, then the partial ones ({@code part=partial}), or the partial ones
 *       alone when nothing holds every word;
 *   <li>the proximity boost as Solr's re-ranking of the top {@value QueryBuilder#RESCORE_DEPTH};
 *   <li>hits, snippets and the single article built by the same code as the embedded ones, from
 *       Solr's stored fields and unified-highlighter passages;
 *   <li>spelling help by the embedded {@link Speller} over the collection's words ({@link
 *       SolrWords}), its corrections passed to every shard's parser;
 *   <li>related articles by the embedded choice of terms ({@link LikeTerms}) with the collection's
 *       counts, run by Lupa's {@code lupa_related} parser;
 *   <li>suggestions built by the embedded code from the collection's titles and terms, again in the
 *       background when the collection changes; the company list from its company facet.
 * </ul>
 *
 * Thread-safe.
 */
public final class SolrSearcher implements SearchBackend {

    private static final int SNIPPETS = 3;
    private static final String TEXT_PARAM = "qq";
    private static final String MERGES_PARAM = "qc";
    private static final String VOCABULARY_PARAM = "qv";
    private static final String TOLERANCE_PARAM = "qfix";

    private final SolrCollection collection;
    private final Duration budget;
    private final RankingConfig config = RankingConfig.DEFAULT;
    private final QueryExpander expander = new QueryExpander();
    private final QueryBuilder queryBuilder = new QueryBuilder(expander, config);
    private final CompanyMentions mentions = new CompanyMentions();
    private final Analyzer analyzer = ArticleSchema.indexAnalyzer();
    private final CompanyPages companyPages = new CompanyPages(analyzer);
    private final NearDuplicates nearDuplicates = new NearDuplicates(analyzer);
    private final RelatedArticles relatedArticles = new RelatedArticles(analyzer, nearDuplicates);
    private final Speller speller = new Speller(expander);
    private final Speller.Words words;

    private final LiveSuggestions suggestions = new LiveSuggestions(this::buildSuggestions);

    /** The collection's version as last read. */
    private record Version(long value, Instant read) {}

    private volatile Version version = new Version(0, Instant.EPOCH);
    private volatile Names names = new Names(null, List.of(), Map.of(), Map.of(), Instant.EPOCH);

    /**
     * The collection's companies as last read: names, articles per company (as facet values and
     * as a map), discovered names' evidence.
     */
    private record Names(
            CompanyNames names,
            List<LabelAndValue> articles,
            Map<String, Integer> counts,
            Map<String, Map<String, Integer>> evidence,
            Instant read) {}

    /** One Solr answer: its matches, hits in order, facet buckets and highlighted passages. */
    private record Answer(long total, boolean timedOut, List<JsonNode> docs, JsonNode facets, JsonNode highlighting) {}

    /**
     * @param collection the collection or alias searched
     * @param budget     time a search may take before Solr cuts it off ({@code timeAllowed})
     */
    public SolrSearcher(SolrCloudClient client, String collection, Duration budget) {
        this.collection = new SolrCollection(client, collection);
        this.words = new SolrWords(this.collection);
        this.budget = budget;
    }

    @Override
    public SearchResult search(SearchRequest asked) {
        long start = System.nanoTime();
        CompanyNames companies = companyNames();
        SearchRequest request = companies.resolve(asked);
        boolean byRelevance = request.effectiveSort() == SearchRequest.Sort.RELEVANCE;
        boolean hasText = !request.query().isEmpty();
        if (hasText) {
            // what the speller and the parse count, in one request (the counts are kept for 10 s)
            var counted = new ArrayList<>(speller.countedTerms(request.query()));
            askedTerms(request.query(), Map.of()).forEach(t -> counted.add(new Term(ArticleSchema.BODY, t)));
            collection.docFreqs(counted);
        }
        Map<String, String> corrections =
                hasText ? speller.corrections(request.query(), words, companies, companyCounts()) : Map.of();
        Parse parse = parse(request.query(), companies, speller.tolerance(corrections));
        QueryPlan plan = parse.plan();
        List<String> named = parse.named();
        boolean relaxable = hasText && plan.relaxable();
        int from = (request.page() - 1) * request.size();
        int pageEnd = request.page() * request.size();
        Answer full = select(request, "strict", parse, from, request.size(), request.facets(), true, byRelevance);
        if (full.timedOut()) {
            return timedOut(request, start);
        }
        boolean relaxed = false;
        Answer main = full;
        Answer partial = null;
        if (relaxable && full.total() == 0) {
            // Nothing holds every word: the partial matches are the list, counted and faceted.
            main = select(request, "partial", parse, from, request.size(), request.facets(), true, false);
            if (main.timedOut()) {
                return timedOut(request, start);
            }
            relaxed = true;
        } else if (relaxable
                && config.partial() != RankingConfig.Partial.NONE
                && byRelevance
                && pageEnd > full.total()) {
            // The page reaches past the full matches: the partial ones follow them.
            int offset = (int) Math.max(0, from - full.total());
            int limit = (int) (pageEnd - Math.max(from, full.total()));
            partial = select(request.withoutFacets(), "partial", parse, offset, limit, false, false, false);
            if (partial.timedOut()) {
                return timedOut(request, start);
            }
        }
        var docs = new ArrayList<>(main.docs());
        var highlighting = new HashMap<String, JsonNode>();
        collect(main, highlighting);
        if (partial != null) {
            docs.addAll(partial.docs());
            collect(partial, highlighting);
        }
        // the words each partial match lacks, as the embedded search lists them
        List<JsonNode> partialDocs = relaxed ? main.docs() : partial == null ? List.of() : partial.docs();
        Map<String, List<String>> missing = missing(parse, partialDocs);
        List<Hit> hits = docs.stream()
                .map(d -> hit(
                        d,
                        highlighting.get(d.path(ArticleSchema.ID).asText()),
                        request,
                        missing.getOrDefault(d.path(ArticleSchema.ID).asText(), List.of())))
                .toList();
        if (request.group()) {
            var lemmas = docs.stream()
                    .map(d -> nearDuplicates.lemmas(
                            d.path(ArticleSchema.TITLE).asText(""),
                            d.path(ArticleSchema.BODY).asText("")))
                    .toList();
            hits = nearDuplicates.fold(lemmas, hits);
        }
        var facets = request.facets() ? present(main.facets(), request) : FacetPresenter.none();
        var result = new SearchResult(
                request.query(),
                main.total(),
                "eq",
                millisSince(start),
                request.page(),
                request.size(),
                hits,
                facets,
                relaxed,
                false,
                partial == null ? null : partial.total(),
                null,
                QueryHelp.NONE);
        if (request.timeline() != null) {
            result = result.withTimeline(timeline(main.facets(), request.timeline()));
        }
        try {
            return QueryHelp.addTo(
                    result,
                    request,
                    corrections,
                    !parse.tolerance().isEmpty(),
                    named,
                    counted -> search(counted).total());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // counting on Solr throws none
        }
    }

    /**
     * A query text as the embedded search reads it, and what every shard's {@code lupa} parser needs
     * to read it the same way: the collection's counts of the terms it asks about (a shard's own
     * would choose other derived nouns, spelling variants or rarest word) and the companies it
     * names in several words.
     */
    private record Parse(
            QueryPlan plan,
            List<String> named,
            String vocabulary,
            String companies,
            List<CompanyMentions.Merge> merges,
            String tolerance) {

        static final Parse NONE = new Parse(QueryPlan.ALL, List.of(), "", "", List.of(), "");

        /** The same reading without the companies' merges (for the forms a query matches in one article). */
        Parse withoutCompanies() {
            return new Parse(plan, named, vocabulary, "", List.of(), tolerance);
        }

        /** For each word of the plan that is a merged company, its merge alone ("0:count:company"). */
        Map<Integer, String> mergedWords() {
            var out = new HashMap<Integer, String>();
            int shift = 0;
            for (CompanyMentions.Merge m : merges) {
                out.put(
                        m.start() - shift,
                        LupaQueries.companies(List.of(new CompanyMentions.Merge(0, m.count(), m.company()))));
                shift += m.count() - 1;
            }
            return out;
        }

        /** The {@code lupa} parser's local parameters that carry them. */
        String local() {
            return (vocabulary.isEmpty() ? "" : " vocabulary=$" + VOCABULARY_PARAM)
                    + (companies.isEmpty() ? "" : " companies=$" + MERGES_PARAM)
                    + (tolerance.isEmpty() ? "" : " tolerance=$" + TOLERANCE_PARAM);
        }

        void addTo(Map<String, Object> params) {
            if (!vocabulary.isEmpty()) {
                params.put(VOCABULARY_PARAM, vocabulary);
            }
            if (!companies.isEmpty()) {
                params.put(MERGES_PARAM, companies);
            }
            if (!tolerance.isEmpty()) {
                params.put(TOLERANCE_PARAM, tolerance);
            }
        }
    }

    private Parse parse(String text, CompanyNames companies, Map<String, List<String>> tolerance) {
        if (text.isEmpty()) {
            return Parse.NONE;
        }
        Set<String> asked = askedTerms(text, tolerance);
        var counts = new LinkedHashMap<String, Long>();
        collection
                .docFreqs(
                        asked.stream().map(t -> new Term(ArticleSchema.BODY, t)).toList())
                .forEach((term, df) -> counts.put(term.text(), df));
        Vocabulary vocabulary = term -> counts.getOrDefault(term, 0L);
        var found = mentions.find(queryBuilder.build(text, vocabulary, tolerance), companies, null);
        return new Parse(
                found.plan(),
                found.companies(),
                LupaQueries.vocabulary(counts),
                LupaQueries.companies(found.merges()),
                found.merges(),
                LupaQueries.tolerance(tolerance));
    }

    /** Every body term the builder may ask the count of: what it asks when every term is present, and the words' lemmas. */
    private Set<String> askedTerms(String text, Map<String, List<String>> tolerance) {
        var asked = new LinkedHashSet<String>();
        QueryPlan any = queryBuilder.build(
                text,
                term -> {
                    asked.add(term);
                    return 1;
                },
                tolerance);
        any.words().forEach(w -> asked.addAll(w.terms()));
        return asked;
    }

    /**
     * For each partial match, the query's words it lacks: one request whose facets list, per word,
     * which of these articles hold it (the word alone through the {@code lupa} parser).
     */
    private Map<String, List<String>> missing(Parse parse, List<JsonNode> docs) {
        QueryPlan plan = parse.plan();
        if (docs.isEmpty() || plan.words().isEmpty()) {
            return Map.of();
        }
        String separator = String.valueOf(ArticleSchema.FORMER_SEPARATOR);
        var ids = docs.stream().map(d -> d.path(ArticleSchema.ID).asText()).toList();
        var params = new LinkedHashMap<String, Object>();
        params.put("ids", String.join(separator, ids));
        var facet = new LinkedHashMap<String, Object>();
        List<QueryPlan.Word> words = plan.words();
        Map<Integer, String> merged = parse.mergedWords();
        if (!parse.vocabulary().isEmpty()) {
            params.put(VOCABULARY_PARAM, parse.vocabulary());
        }
        for (int w = 0; w < words.size(); w++) {
            params.put("w" + w, words.get(w).text());
            String local = parse.vocabulary().isEmpty() ? "" : " vocabulary=$" + VOCABULARY_PARAM;
            if (!parse.tolerance().isEmpty()) {
                params.put(TOLERANCE_PARAM, parse.tolerance());
                local += " tolerance=$" + TOLERANCE_PARAM;
            }
            if (merged.containsKey(w)) {
                params.put("c" + w, merged.get(w));
                local += " companies=$c" + w;
            }
            var held = new LinkedHashMap<String, Object>(terms(ArticleSchema.ID, null));
            held.put("domain", Map.of("filter", "{!lupa" + local + " v=$w" + w + "}"));
            facet.put("w" + w, held);
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("query", "{!terms f=" + ArticleSchema.ID + " separator='" + separator + "' v=$ids}");
        body.put("limit", 0);
        body.put("facet", facet);
        body.put("params", params);
        JsonNode counts = collection.select(body).path("facets");
        var out = new HashMap<String, List<String>>();
        for (String id : ids) {
            var lacks = new ArrayList<String>();
            for (int w = 0; w < words.size(); w++) {
                boolean holds = false;
                for (JsonNode bucket : counts.path("w" + w).path("buckets")) {
                    holds |= bucket.path("val").asText().equals(id);
                }
                if (!holds) {
                    lacks.add(words.get(w).text());
                }
            }
            out.put(id, List.copyOf(lacks));
        }
        return out;
    }

    private static SearchResult timedOut(SearchRequest request, long start) {
        return SearchResult.timedOut(request, millisSince(start));
    }

    private static void collect(Answer answer, Map<String, JsonNode> highlighting) {
        answer.highlighting().fields().forEachRemaining(e -> highlighting.put(e.getKey(), e.getValue()));
    }

    /**
     * One query of the plan under the request's filters.
     *
     * @param part     {@code strict} or {@code partial …}: the {@code lupa} parser's local parameters
     * @param parse    the text as read for the collection
     * @param facets   count the facets (and the timeline when asked)
     * @param rerank   add the proximity score to the top hits
     */
    private Answer select(
            SearchRequest request,
            String part,
            Parse parse,
            int offset,
            int limit,
            boolean facets,
            boolean timeline,
            boolean rerank) {
        var body = new LinkedHashMap<String, Object>();
        boolean hasText = !request.query().isEmpty();
        body.put("query", hasText ? "{!lupa part=" + part + parse.local() + " v=$" + TEXT_PARAM + "}" : "*:*");
        body.put("filter", filters(request));
        body.put("offset", offset);
        body.put("limit", limit);
        // the stored fields a hit is built from, as on the embedded index, and the score
        body.put(
                "fields",
                String.join(",", request.snippets() || request.group() ? HitBuilder.HIT_FIELDS : HitBuilder.LIST_FIELDS)
                        + ",score");
        sort(request.effectiveSort()).ifPresent(s -> body.put("sort", s));
        var params = new LinkedHashMap<String, Object>();
        params.put(TEXT_PARAM, request.query());
        parse.addTo(params);
        params.put("timeAllowed", budget.toMillis());
        if (rerank && hasText) {
            params.put("rq", "{!rerank reRankQuery=$pq reRankDocs=" + QueryBuilder.RESCORE_DEPTH + " reRankWeight=1}");
            params.put("pq", "{!lupa part=proximity" + parse.local() + " v=$" + TEXT_PARAM + "}");
        }
        if (hasText && request.snippets() && limit > 0) {
            highlight(params, parse);
        }
        body.put("params", params);
        var facet = new LinkedHashMap<String, Object>();
        if (facets) {
            facet.put(ArticleSchema.DIM_COMPANY, terms(ArticleSchema.DIM_COMPANY, "company"));
            facet.put(ArticleSchema.DIM_YEAR, terms(ArticleSchema.DIM_YEAR, "date"));
            facet.put(ArticleSchema.DIM_MONTH, terms(ArticleSchema.DIM_MONTH, null));
            facet.put(ArticleSchema.DIM_USD, terms(SolrDocuments.USD_BUCKET, "usd"));
        }
        if (timeline && request.timeline() != null) {
            String dim = request.timeline() == SearchRequest.Timeline.YEAR
                    ? ArticleSchema.DIM_YEAR
                    : ArticleSchema.DIM_MONTH;
            facet.put("timeline", terms(dim, "date"));
        }
        if (!facet.isEmpty()) {
            body.put("facet", facet);
        }
        JsonNode answer = collection.select(body);
        var docs = new ArrayList<JsonNode>();
        answer.path("response").path("docs").forEach(docs::add);
        return new Answer(
                answer.path("response").path("numFound").asLong(),
                answer.path("responseHeader").path("partialResults").asBoolean(false),
                docs,
                answer.path("facets"),
                answer.path("highlighting"));
    }

    /**
     * The unified highlighter choosing passages as the embedded one does (Lupa's sentences, the
     * same length goal, the whole title) and answering with their offsets ({@code LupaHighlighter}
     * of the plugin jar), which the embedded snippet code then formats.
     */
    private static void highlight(Map<String, Object> params, Parse parse) {
        params.put("hl", true);
        params.put("hl.fl", ArticleSchema.TITLE + "," + ArticleSchema.BODY);
        // every word marked, in partial matches too
        params.put("hl.q", "{!lupa" + parse.local() + " v=$" + TEXT_PARAM + "}");
        params.put("hl.lupa.offsets", true);
        params.put("hl.defaultSummary", false);
        params.put("f." + ArticleSchema.TITLE + ".hl.bs.type", "WHOLE");
        params.put("f." + ArticleSchema.TITLE + ".hl.snippets", 1);
        params.put("f." + ArticleSchema.BODY + ".hl.bs.type", "LUPA");
        // one passage more than shown, in case one of them only repeats the title
        params.put("f." + ArticleSchema.BODY + ".hl.snippets", SNIPPETS + 1);
        params.put("f." + ArticleSchema.BODY + ".hl.fragsize", HitBuilder.PASSAGE_GOAL);
        params.put("hl.fragAlignRatio", HitBuilder.PASSAGE_ALIGN);
        params.put("hl.fragsizeIsMinimum", false);
    }

    private static Map<String, Object> terms(String field, String excludedTag) {
        var facet = new LinkedHashMap<String, Object>();
        facet.put("type", "terms");
        facet.put("field", field);
        facet.put("limit", -1);
        facet.put("mincount", 1);
        if (excludedTag != null) {
            facet.put("domain", Map.of("excludeTags", excludedTag));
        }
        return facet;
    }

    /**
     * The request's filters: a dimension's values OR within it and AND across dimensions, each
     * tagged with its dimension so that its own count leaves it out; every company required
     * ({@code companyMode=all}) and the dollar range are plain filters, as in the embedded search.
     */
    private static List<String> filters(SearchRequest request) {
        var out = new ArrayList<String>();
        if (request.usdMin() != null || request.usdMax() != null) {
            out.add(ArticleSchema.USD + ":[" + (request.usdMin() == null ? "*" : request.usdMin()) + " TO "
                    + (request.usdMax() == null ? "*" : request.usdMax()) + "]");
        }
        if (!request.companies().isEmpty()) {
            if (request.companyMode() == SearchRequest.CompanyMode.ALL) {
                for (String company : request.companies()) {
                    out.add("{!term f=" + ArticleSchema.DIM_COMPANY + "}" + company);
                }
            } else {
                out.add(anyOf("company", ArticleSchema.DIM_COMPANY, request.companies()));
            }
        }
        if (!request.usdBuckets().isEmpty()) {
            out.add(anyOf("usd", SolrDocuments.USD_BUCKET, request.usdBuckets()));
        }
        if (request.from() != null || request.to() != null) {
            out.add("{!tag=date}" + ArticleSchema.DATE + ":[" + epochDay(request.from()) + " TO "
                    + epochDay(request.to()) + "]");
        }
        return out;
    }

    /** Any of the values, split on a character no value holds. */
    private static String anyOf(String tag, String field, List<String> values) {
        String separator = String.valueOf(ArticleSchema.FORMER_SEPARATOR);
        return "{!terms tag=" + tag + " f=" + field + " separator='" + separator + "'}"
                + String.join(separator, values);
    }

    private static String epochDay(LocalDate date) {
        return date == null ? "*" : String.valueOf(date.toEpochDay());
    }

    /** The order of a sort other than by relevance, as the embedded one: articles without a date last. */
    private static Optional<String> sort(SearchRequest.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> Optional.empty();
            case DATE -> Optional.of("def(" + ArticleSchema.DATE + ",-2147483648) desc, score desc");
            case DATE_ASC -> Optional.of("def(" + ArticleSchema.DATE + ",2147483647) asc, score desc");
            case USD ->
                Optional.of("def(field(" + ArticleSchema.USD + ",max),-1) desc, def(" + ArticleSchema.DATE
                        + ",-2147483648) desc");
        };
    }

    private Hit hit(JsonNode doc, JsonNode highlighted, SearchRequest request, List<String> missing) {
        String title = doc.path(ArticleSchema.TITLE).asText("");
        String body = doc.path(ArticleSchema.BODY).asText("");
        List<String> titleParts = formatted(passages(highlighted, ArticleSchema.TITLE), title, Integer.MAX_VALUE);
        String titleHighlighted = titleParts.isEmpty() ? Snippets.escape(title) : titleParts.get(0);
        List<String> snippets = List.of();
        if (request.snippets()) {
            snippets = Snippets.notRepeating(
                    title, formatted(passages(highlighted, ArticleSchema.BODY), body, Snippets.MAX_CHARS), SNIPPETS);
            if (snippets.isEmpty()) {
                snippets = List.of(Snippets.lead(body, title, Snippets.MAX_CHARS));
            }
        }
        ExtractedEntities entities = Stored.entities(text(doc, ArticleSchema.ENTITIES));
        List<BigDecimal> usd = entities.amounts().stream()
                .map(Amount::sumUsd)
                .filter(v -> v != null)
                .toList();
        boolean scored = request.effectiveSort() == SearchRequest.Sort.RELEVANCE;
        return new Hit(
                doc.path(ArticleSchema.ID).asText(),
                title,
                titleHighlighted,
                date(doc),
                text(doc, ArticleSchema.URL),
                text(doc, ArticleSchema.SOURCE),
                text(doc, ArticleSchema.AUTHOR),
                snippets,
                entities.companies(),
                entities.formerNames(),
                usd,
                scored && doc.has("score") ? (float) doc.path("score").asDouble() : null,
                missing);
    }

    /** The passages Solr chose in a field of one article (its offsets), in text order. */
    private static Passage[] passages(JsonNode highlighted, String field) {
        if (highlighted == null) {
            return new Passage[0];
        }
        var encoded = new ArrayList<String>();
        highlighted.path(field).forEach(p -> encoded.add(p.asText()));
        return PassageOffsets.decode(encoded);
    }

    /** Passages as the embedded snippets: HTML-escaped, {@code <mark>} the only markup, long ones cut. */
    @SuppressWarnings("unchecked")
    private static List<String> formatted(Passage[] passages, String content, int maxChars) {
        return passages.length == 0 ? List.of() : (List<String>) new Snippets(maxChars).format(passages, content);
    }

    private static String text(JsonNode doc, String field) {
        JsonNode value = doc.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static String date(JsonNode doc) {
        JsonNode day = doc.path(ArticleSchema.DATE);
        return day.isNumber() ? LocalDate.ofEpochDay(day.asLong()).toString() : null;
    }

    private Map<String, List<FacetValue>> present(JsonNode facets, SearchRequest request) {
        var byDim = new LinkedHashMap<String, List<LabelAndValue>>();
        for (String dim : ArticleSchema.DIMENSIONS) {
            var values = new ArrayList<LabelAndValue>();
            for (JsonNode bucket : facets.path(dim).path("buckets")) {
                values.add(new LabelAndValue(
                        bucket.path("val").asText(), bucket.path("count").asLong()));
            }
            byDim.put(dim, values);
        }
        return FacetPresenter.present(byDim, request, companyNames());
    }

    private static List<TimelinePoint> timeline(JsonNode facets, SearchRequest.Timeline unit) {
        var byPeriod = new TreeMap<String, Long>();
        for (JsonNode bucket : facets.path("timeline").path("buckets")) {
            byPeriod.put(bucket.path("val").asText(), bucket.path("count").asLong());
        }
        return TimelineCounter.points(unit, byPeriod);
    }

    /**
     * The collection's companies and their former names, read again every {@code SolrCollection.FRESH_FOR}: the
     * company filter resolves any spelling against them, as on the embedded index.
     */
    private CompanyNames companyNames() {
        Names current = names;
        if (current.names() != null
                && Duration.between(current.read(), Instant.now()).compareTo(SolrCollection.FRESH_FOR) < 0) {
            return current.names();
        }
        var made = readCompanies();
        names = made;
        return made.names();
    }

    /** Each company of the collection with its number of articles, as last read. */
    private Map<String, Integer> companyCounts() {
        companyNames(); // fresh enough
        return names.counts();
    }

    /** The collection's companies with their articles, their former names and the discovered ones' evidence. */
    private Names readCompanies() {
        var params = new LinkedHashMap<String, Object>();
        var facet = new LinkedHashMap<String, Object>();
        facet.put(ArticleSchema.DIM_COMPANY, terms(ArticleSchema.DIM_COMPANY, null));
        facet.put(ArticleSchema.COMPANY_FORMER, terms(ArticleSchema.COMPANY_FORMER, null));
        facet.put(ArticleSchema.COMPANY_DISCOVERED, terms(ArticleSchema.COMPANY_DISCOVERED, null));
        JsonNode counts = collection.facets(facet, params);
        var canonical = new ArrayList<String>();
        var articles = new ArrayList<LabelAndValue>();
        for (JsonNode b : counts.path(ArticleSchema.DIM_COMPANY).path("buckets")) {
            canonical.add(b.path("val").asText());
            articles.add(
                    new LabelAndValue(b.path("val").asText(), b.path("count").asInt()));
        }
        var formers = new TreeMap<String, List<String>>();
        for (JsonNode b : counts.path(ArticleSchema.COMPANY_FORMER).path("buckets")) {
            CompanyNames.addFormer(formers, b.path("val").asText());
        }
        var evidence = new HashMap<String, Map<String, Integer>>();
        for (JsonNode b : counts.path(ArticleSchema.COMPANY_DISCOVERED).path("buckets")) {
            DiscoveredCompanies.count(
                    evidence, b.path("val").asText(), b.path("count").asInt());
        }
        canonical.sort(null);
        var made = new CompanyNames(canonical, formers, new TreeSet<>(evidence.keySet()));
        var perCompany = new HashMap<String, Integer>();
        articles.forEach(lv -> perCompany.put(lv.label, lv.value.intValue()));
        return new Names(made, articles, Map.copyOf(perCompany), evidence, Instant.now());
    }

    @Override
    public Optional<ArticleView> document(String id, String query) {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", "{!term f=" + ArticleSchema.ID + " v=$id}");
        body.put("limit", 1);
        body.put("fields", "*");
        var params = new LinkedHashMap<String, Object>();
        params.put("id", id);
        boolean withForms = query != null && !query.isBlank();
        if (withForms) {
            params.put(TEXT_PARAM, query);
            // the query as read for the collection, its words as typed: the embedded view merges no company
            Parse parse = parse(query, companyNames(), Map.of()).withoutCompanies();
            parse.addTo(params);
            highlight(params, parse);
            // whole fields: every form anywhere in title and body
            params.put("f." + ArticleSchema.BODY + ".hl.bs.type", "WHOLE");
            params.put("f." + ArticleSchema.BODY + ".hl.snippets", 1);
        }
        body.put("params", params);
        JsonNode answer = collection.select(body);
        JsonNode doc = answer.path("response").path("docs").path(0);
        if (doc.isMissingNode()) {
            return Optional.empty();
        }
        var forms = new LinkedHashSet<String>();
        if (withForms) {
            JsonNode highlighted = answer.path("highlighting").path(id);
            for (String field : List.of(ArticleSchema.TITLE, ArticleSchema.BODY)) {
                Passage[] passages = passages(highlighted, field);
                if (passages.length > 0) {
                    for (Object form : (List<?>)
                            new MatchedForms().format(passages, doc.path(field).asText(""))) {
                        forms.add((String) form);
                    }
                }
            }
        }
        ExtractedEntities e = Stored.entities(text(doc, ArticleSchema.ENTITIES));
        return Optional.of(new ArticleView(
                doc.path(ArticleSchema.ID).asText(),
                text(doc, ArticleSchema.TITLE),
                date(doc),
                text(doc, ArticleSchema.AUTHOR),
                text(doc, ArticleSchema.URL),
                text(doc, ArticleSchema.SOURCE),
                text(doc, ArticleSchema.BODY),
                e.companies(),
                e.formerNames(),
                e.amounts(),
                e.dates(),
                List.copyOf(forms)));
    }

    @Override
    public long export(SearchRequest asked, int limit, HitSink sink) {
        SearchRequest request = companyNames().resolve(asked).toBuilder()
                .facets(false)
                .snippets(false)
                .timeline(null)
                .build();
        boolean byRelevance = request.effectiveSort() == SearchRequest.Sort.RELEVANCE;
        String part = "strict";
        Parse parse = parse(request.query(), companyNames(), Map.of());
        if (!request.query().isEmpty()
                && select(request, "strict", parse, 0, 0, false, false, false).total() == 0
                && parse.plan().relaxable()) {
            part = "partial"; // as the search lists them: the partial matches when none holds every word
        }
        long sent = 0;
        for (int from = 0; from < limit; from += SearchRequest.MAX_SIZE) {
            Answer page = select(
                    request,
                    part,
                    parse,
                    from,
                    Math.min(SearchRequest.MAX_SIZE, limit - from),
                    false,
                    false,
                    byRelevance && part.equals("strict"));
            if (page.timedOut()) {
                break;
            }
            for (JsonNode doc : page.docs()) {
                try {
                    sink.accept(hit(doc, null, request, List.of()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                sent++;
            }
            if (page.docs().size() < SearchRequest.MAX_SIZE) {
                break;
            }
        }
        return sent;
    }

    @Override
    public List<CompanyListing> companies() {
        Names now = readCompanies(); // an editor's listing reads the collection as it is now
        names = now;
        return CompanyDirectory.list(now.articles(), now.evidence(), now.names());
    }

    @Override
    public Optional<CompanyProfile> company(String name) {
        CompanyNames names = companyNames();
        return names.canonical(name)
                .map(canonical -> companyPages.profile(
                        this, canonical, names.curated(canonical), names.formerNamesOf(canonical)));
    }

    @Override
    public List<String> closestCompanies(String name) {
        return companyNames().closest(name);
    }

    @Override
    public Optional<Related> related(String id, int size) {
        var article = new LinkedHashMap<String, Object>();
        article.put("query", "{!term f=" + ArticleSchema.ID + " v=$id}");
        article.put("limit", 1);
        article.put("fields", String.join(",", HitBuilder.HIT_FIELDS));
        article.put("params", Map.of("id", id));
        JsonNode doc = collection.select(article).path("response").path("docs").path(0);
        if (doc.isMissingNode()) {
            return Optional.empty();
        }
        String title = text(doc, ArticleSchema.TITLE);
        String bodyText = text(doc, ArticleSchema.BODY);
        String date = date(doc);
        RelatedQuery query = relatedArticles.query(
                id,
                title,
                bodyText,
                date,
                Stored.entities(text(doc, ArticleSchema.ENTITIES)).companies(),
                collection);
        var body = new LinkedHashMap<String, Object>();
        body.put("query", "{!lupa_related v=$related}");
        // twice as many as asked, so that near-duplicates folded away still leave enough
        body.put("limit", 2 * size);
        body.put("fields", String.join(",", HitBuilder.HIT_FIELDS) + ",score");
        body.put("params", Map.of("related", query.encode()));
        var hits = new ArrayList<Hit>();
        var lemmas = new ArrayList<java.util.Set<String>>();
        for (JsonNode d : collection.select(body).path("response").path("docs")) {
            hits.add(hit(d, null, RelatedArticles.HITS, List.of()));
            lemmas.add(nearDuplicates.lemmas(
                    d.path(ArticleSchema.TITLE).asText(""),
                    d.path(ArticleSchema.BODY).asText("")));
        }
        return Optional.of(relatedArticles.related(
                id,
                nearDuplicates.lemmas(title == null ? "" : title, bodyText == null ? "" : bodyText),
                date,
                hits,
                lemmas,
                size));
    }

    @Override
    public SuggestResult suggest(SuggestRequest request) {
        return new SuggestResult(
                request.prefix(), suggestions.of(version()).suggest(request.prefix(), request.size(), expander));
    }

    @Override
    public void prepareSuggestions() {
        suggestions.start();
    }

    /**
     * How often the suggestions look for a newer version of the collection: a collection under a
     * stream of updates changes every second, and each build reads its titles and terms anew.
     */
    static final Duration SUGGESTIONS_FRESH_FOR = Duration.ofMinutes(1);

    /** The collection's version as the suggestions see it, read again every {@link #SUGGESTIONS_FRESH_FOR}. */
    private long version() {
        Version known = version;
        if (Duration.between(known.read(), Instant.now()).compareTo(SUGGESTIONS_FRESH_FOR) < 0) {
            return known.value();
        }
        long now = collection.version();
        version = new Version(now, Instant.now());
        return now;
    }

    /**
     * The suggestions of the collection as it is now, made as the embedded index makes them: the
     * newest titles' phrases, the titles' words and the body's lemmas with the collection's counts.
     */
    private LiveSuggestions.Built buildSuggestions(LiveSuggestions.Built last) {
        long now = collection.version();
        if (last != null && last.version() == now) {
            return last;
        }
        var lemmatizer = new Lemmatizer();
        var phrases = SuggestionSources.titlePhrases(collection.lastTitles(SuggestionSources.MAX_TITLES), lemmatizer);
        var titleWords = new HashMap<String, Integer>();
        collection.forEachWord(ArticleSchema.TITLE_EXACT, 3, 1, (word, df) -> {
            if (SuggestionSources.titleWord(word)) {
                titleWords.put(word, df);
            }
        });
        var bodyLemmas = new HashMap<String, Integer>();
        collection.forEachWord(ArticleSchema.BODY, 3, SuggestionSources.MIN_BODY_ARTICLES, (term, df) -> {
            if (SuggestionSources.bodyLemma(term, df, lemmatizer)) {
                bodyLemmas.put(term, df);
            }
        });
        return new LiveSuggestions.Built(now, Suggestions.build(phrases, titleWords, bodyLemmas, companyCounts()));
    }

    @Override
    public IndexHealth health() {
        try {
            var collections = new SolrCollections(collection.client());
            var state = collections.state(collection.name());
            long documents = collections.count(collection.name());
            boolean ready = state.shards() > 0 && state.shardsServed() == state.shards();
            String message = ready
                    ? null
                    : state.shardsServed() + " of " + state.shards() + " shards of " + state.collection()
                            + " have an active replica on a live node";
            return new IndexHealth(ready, message, documents, 0, Instant.now(), state);
        } catch (IOException e) {
            var unknown = new SolrCollections.ClusterState(List.of(), collection.name(), 0, 0, 0, 0);
            return new IndexHealth(
                    false, "SolrCloud is not reachable: " + e.getMessage(), 0, 0, Instant.now(), unknown);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public void close() {
        suggestions.close();
        expander.close();
        analyzer.close();
    }
}
