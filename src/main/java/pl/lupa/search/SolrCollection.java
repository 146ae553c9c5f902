package pl.lupa.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ObjIntConsumer;
import org.apache.lucene.index.Term;
import pl.lupa.index.ArticleSchema;
import pl.lupa.solrcloud.SolrCloudClient;
import pl.lupa.solrcloud.SolrCollections;

/**
 * What the search side reads from a SolrCloud collection besides its searches: the collection's
 * article counts of terms (as an index reader's {@code docFreq}), every term of a field, the
 * newest titles and a version that changes whenever the articles do. Solr's errors become the
 * search's: a 400 a {@link BadParameterException}, anything else an {@link IndexNotReadyException}.
 * Its counts are the statistics related articles choose their terms with ({@link LikeTerms}).
 * Thread-safe.
 */
final class SolrCollection implements LikeTerms.Statistics {

    /** How long counts read from the collection are trusted: it may change under them. */
    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    /** Titles read per request. */
    private static final int TITLES_PER_PAGE = 5_000;

    private final SolrCloudClient client;
    private final String name;

    /** Terms' article counts as last read, all forgotten every {@link #FRESH_FOR}. */
    private record TermCounts(Map<Term, Long> counts, Instant read) {}

    private volatile TermCounts termCounts = new TermCounts(new ConcurrentHashMap<>(), Instant.now());

    SolrCollection(SolrCloudClient client, String name) {
        this.client = client;
        this.name = name;
    }

    SolrCloudClient client() {
        return client;
    }

    String name() {
        return name;
    }

    /** A JSON request to the collection's {@code /select}. */
    JsonNode select(Map<String, Object> body) {
        try {
            return client.post("/" + name + "/select", body);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** A GET of one of the collection's handlers ({@code /terms}). */
    private JsonNode get(String handler, Map<String, String> params) {
        try {
            return client.get("/" + name + handler, params);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static RuntimeException failure(IOException e) {
        if (e instanceof SolrCloudClient.SolrException s) {
            if (s.status() == 400) {
                // the lupa parser refuses what the embedded search refuses, with the same message
                return new BadParameterException("q", s.getMessage());
            }
            return new IndexNotReadyException("SolrCloud answered " + s.status() + ": " + s.getMessage());
        }
        return new IndexNotReadyException("SolrCloud is not reachable: " + e.getMessage());
    }

    /** Facets over every article of the collection, no hits. */
    JsonNode facets(Map<String, Object> facet, Map<String, Object> params) {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", "*:*");
        body.put("limit", 0);
        body.put("facet", facet);
        body.put("params", params);
        return select(body).path("facets");
    }

    /**
     * How many articles of the collection hold each term, as one index's {@code docFreq} would say:
     * read in one request for the terms not counted in the last {@link #FRESH_FOR}.
     */
    @Override
    public Map<Term, Long> docFreqs(Collection<Term> terms) {
        TermCounts known = termCounts;
        if (Duration.between(known.read(), Instant.now()).compareTo(FRESH_FOR) >= 0) {
            known = new TermCounts(new ConcurrentHashMap<>(), Instant.now()); // the collection may have changed
            termCounts = known;
        }
        var out = new LinkedHashMap<Term, Long>();
        var uncounted = new java.util.LinkedHashSet<Term>();
        for (Term term : terms) {
            Long df = known.counts().get(term);
            if (df != null) {
                out.put(term, df);
            } else {
                uncounted.add(term);
            }
        }
        List<Term> unknown = List.copyOf(uncounted);
        if (!unknown.isEmpty()) {
            var facet = new LinkedHashMap<String, Object>();
            var params = new LinkedHashMap<String, Object>();
            for (int t = 0; t < unknown.size(); t++) {
                params.put("t" + t, unknown.get(t).text());
                facet.put(
                        "t" + t,
                        Map.of(
                                "type",
                                "query",
                                "q",
                                "{!term f=" + unknown.get(t).field() + " v=$t" + t + "}"));
            }
            JsonNode answer = facets(facet, params);
            for (int t = 0; t < unknown.size(); t++) {
                long df = answer.path("t" + t).path("count").asLong();
                out.put(unknown.get(t), df);
                known.counts().put(unknown.get(t), df);
            }
        }
        return out;
    }

    /** How many articles hold the field (an index's {@code getDocCount}). */
    @Override
    public long docCount(String field) {
        var facet = new LinkedHashMap<String, Object>();
        facet.put("n", Map.of("type", "query", "q", field + ":[* TO *]"));
        return facets(facet, new LinkedHashMap<>()).path("n").path("count").asLong();
    }

    /**
     * Up to {@code count} terms of the body close to {@code term}: those Lucene's {@code
     * DirectSpellChecker} finds in each shard (Solr's spellcheck component, {@code /spell} of the
     * configset), best first by Solr's reckoning; their exact counts are for the caller to read.
     */
    List<String> closeTerms(String term, int count) {
        var params = new LinkedHashMap<String, String>();
        params.put("q", "*:*");
        params.put("rows", "0");
        params.put("spellcheck.q", term);
        params.put("spellcheck.count", String.valueOf(count));
        // suggestions for a term the collection holds too, as SuggestMode.SUGGEST_ALWAYS
        params.put("spellcheck.alternativeTermCount", String.valueOf(count));
        JsonNode suggestions = get("/spell", params).path("spellcheck").path("suggestions");
        var out = new ArrayList<String>();
        for (int i = 0; i + 1 < suggestions.size(); i += 2) {
            for (JsonNode s : suggestions.get(i + 1).path("suggestion")) {
                out.add(s.isObject() ? s.path("word").asText() : s.asText());
            }
        }
        return out;
    }

    /** How many articles the collection holds, read again every {@link #FRESH_FOR}. */
    long size() {
        Size known = size;
        if (Duration.between(known.read(), Instant.now()).compareTo(FRESH_FOR) < 0) {
            return known.articles();
        }
        long articles;
        try {
            articles = new SolrCollections(client).count(name);
        } catch (IOException e) {
            throw failure(e);
        }
        size = new Size(articles, Instant.now());
        return articles;
    }

    /** The articles counted for the share of terms too common to tell anything: all of them. */
    @Override
    public long articles() {
        return size();
    }

    private record Size(long articles, Instant read) {}

    private volatile Size size = new Size(0, Instant.EPOCH);

    /**
     * A number that changes whenever an article is added, replaced or removed: the newest
     * {@code _version_} Solr gave a document, and the number of articles.
     */
    long version() {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", "*:*");
        body.put("limit", 1);
        body.put("sort", "_version_ desc");
        body.put("fields", "_version_");
        JsonNode response = select(body).path("response");
        return response.path("docs").path(0).path("_version_").asLong() * 31
                + response.path("numFound").asLong();
    }

    /** The titles of the last {@code max} articles indexed, newest first (an article without one as ""). */
    List<String> lastTitles(int max) {
        var out = new ArrayList<String>();
        String cursor = "*";
        while (out.size() < max) {
            var body = new LinkedHashMap<String, Object>();
            body.put("query", "*:*");
            body.put("limit", Math.min(TITLES_PER_PAGE, max - out.size()));
            body.put("sort", "_version_ desc, " + ArticleSchema.ID + " asc");
            body.put("fields", ArticleSchema.TITLE);
            body.put("params", Map.of("cursorMark", cursor));
            JsonNode answer = select(body);
            JsonNode docs = answer.path("response").path("docs");
            docs.forEach(d -> out.add(d.path(ArticleSchema.TITLE).asText("")));
            String next = answer.path("nextCursorMark").asText(cursor);
            if (docs.isEmpty() || next.equals(cursor)) {
                break;
            }
            cursor = next;
        }
        return out;
    }

    /**
     * Every term of a field made of {@code minLength} letters or more and held by {@code minCount}
     * articles of the collection or more, with that number: Solr's terms component, which sums
     * the shards' counts.
     */
    void forEachWord(String field, int minLength, int minCount, ObjIntConsumer<String> each) {
        var params = new LinkedHashMap<String, String>();
        params.put("terms.fl", field);
        params.put("terms.limit", "-1");
        params.put("terms.mincount", String.valueOf(minCount));
        params.put("terms.sort", "index");
        params.put("terms.regex", "\\p{L}{" + minLength + ",}");
        params.put("distrib", "true");
        JsonNode terms = get("/terms", params).path("terms").path(field);
        for (int i = 0; i + 1 < terms.size(); i += 2) {
            each.accept(terms.get(i).asText(), terms.get(i + 1).asInt());
        }
    }
}
