package pl.lupa.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What the web and CLI layers search through, whichever engine holds the articles: the embedded
 * Lucene index ({@link LupaSearcher}) or a SolrCloud collection ({@link SolrSearcher}). Both answer
 * with the same records, so {@code /api/search}, {@code /api/documents/{id}} and the page do not
 * know which one they talk to.
 */
public interface SearchBackend extends AutoCloseable {

    /** The most matches an export hands out. */
    int EXPORT_LIMIT = 10_000;

    /** How many of the newest matches a feed lists. */
    int FEED_SIZE = 50;

    SearchResult search(SearchRequest request);

    /** The full article, and with a query the forms it matched anywhere in title and body. */
    Optional<ArticleView> document(String id, String query);

    /** The full article, as {@code lupa extract} prints it, plus its id. */
    default Optional<ArticleView> document(String id) {
        return document(id, "");
    }

    /**
     * Every match of a request in its order, up to {@code limit}, as hits without snippets, handed
     * to {@code sink} while they are read.
     *
     * @throws BadParameterException before anything reaches the sink, for a company the index lacks
     * @return how many hits the sink received
     */
    long export(SearchRequest request, int limit, HitSink sink);

    /** The newest {@value #FEED_SIZE} matches of a request, with snippets: what a feed of it lists. */
    default SearchResult newest(SearchRequest request) {
        return search(request.toBuilder()
                .sort(SearchRequest.Sort.DATE)
                .page(1)
                .size(FEED_SIZE)
                .facets(false)
                .timeline(null)
                .group(false) // a feed lists every one of the newest matches
                .build());
    }

    /** Every company of the index, most articles first: curated and discovered, with the evidence. */
    List<CompanyListing> companies();

    /**
     * The page of a company named in any case, with or without diacritics, or by a former name;
     * empty when the index has no such company.
     */
    Optional<CompanyProfile> company(String name);

    /** The index's company names most like {@code name}, best first: what to offer when it has no such company. */
    List<String> closestCompanies(String name);

    /** Articles like the one with this id (never itself), best first; empty for an unknown id. */
    Optional<Related> related(String id, int size);

    /** Completions of a prefix: companies, phrases of titles, words. */
    SuggestResult suggest(SuggestRequest request);

    /** Starts building the suggestions in the background, so that the first ones need not wait. */
    default void prepareSuggestions() {}

    IndexHealth health();

    @Override
    void close() throws IOException;
}
