package pl.lupa.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import pl.lupa.extract.CorpusMemory;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.solrcloud.SolrCloudClient;
import pl.lupa.solrcloud.SolrCollections;

/**
 * The index job into a SolrCloud collection: the same reading, extraction and incremental rules
 * as {@link IndexJob} ({@link IndexRun}), with the collection as the store. Content hashes live in
 * the collection's documents, so the run compares with what Solr holds.
 *
 * <p>{@code full} builds a new collection of the same shape and configset beside the one behind
 * the alias, switches the alias when the new one is complete and committed, and then deletes the
 * old one: searchers see the old articles until the switch and the new ones after it, never half
 * an index. A failed rebuild deletes its new collection and leaves the alias as it was; one killed
 * before it could (SIGKILL, a lost machine) leaves it behind, and the next rebuild deletes it.
 */
public final class SolrIndexJob {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);
    /** What {@link #STAMP} writes, as a pattern. */
    private static final String STAMPED = "\\d{8}T\\d{9}";

    /**
     * @param collection the name searchers use: an alias (required for {@code full}) or a collection
     */
    public record Options(List<Path> docRoots, String collection, boolean full, long maxFileBytes, int threads) {
        public Options {
            docRoots = List.copyOf(docRoots);
            if (docRoots.isEmpty()) {
                throw new IllegalArgumentException("at least one docs folder is needed");
            }
        }
    }

    private final Options options;
    private final SolrCloudClient client;
    private final ArticleDocuments documents;
    private final IndexListener listener;

    public SolrIndexJob(Options options, SolrCloudClient client, EntityExtractor extractor, IndexListener listener) {
        this.options = options;
        this.client = client;
        this.documents = new ArticleDocuments(extractor);
        this.listener = listener;
    }

    public IndexSummary run() throws IOException {
        IndexJob.requireFolders(options.docRoots());
        Instant start = Instant.now();
        // the names established so far, also for a rebuild, as the embedded job does
        Set<String> established = SolrArticleStore.establishedNames(client, options.collection());
        if (!options.full()) {
            try {
                return execute(options.collection(), true, established, start);
            } catch (IOException | RuntimeException | Error e) {
                listener.finished();
                throw e;
            }
        }
        var collections = new SolrCollections(client);
        String old = collections
                .aliasTarget(options.collection())
                .orElseThrow(() -> new IOException(options.collection()
                        + " is a collection, not an alias: a rebuild builds a new collection and switches"
                        + " an alias to it, so searchers never see half an index; create the alias"
                        + " (lupa cluster does) or update incrementally without --full"));
        var shape = collections.shape(old);
        List<String> leftovers = leftovers(collections, old);
        for (String leftover : leftovers) {
            collections.delete(leftover); // a rebuild killed before its switch: no alias serves it
        }
        String fresh = options.collection() + "_" + STAMP.format(start);
        collections.create(fresh, shape);
        try {
            IndexSummary summary = execute(fresh, false, established, start);
            collections.alias(options.collection(), fresh);
            try {
                collections.delete(old);
            } catch (IOException e) {
                // the alias has switched: the run succeeded; the old collection only takes space
                summary = summary.withWarning("the previous collection " + old + " could not be deleted: "
                        + e.getMessage() + "; delete it with the Collections API");
            }
            for (String leftover : leftovers) {
                summary = summary.withWarning(
                        "deleted " + leftover + ", left behind by a rebuild that was stopped before its switch");
            }
            return summary;
        } catch (IOException | RuntimeException | Error e) {
            listener.finished();
            try {
                collections.delete(fresh);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * The collections an earlier rebuild of this alias made and never switched to: named as a
     * rebuild names them ({@code <alias>_<stamp>}), and no alias points at them.
     */
    private List<String> leftovers(SolrCollections collections, String current) throws IOException {
        var served = new java.util.HashSet<String>();
        collections.aliases().values().forEach(v -> served.addAll(List.of(v.split(","))));
        var pattern =
                java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(options.collection() + "_") + STAMPED);
        return collections.list().stream()
                .filter(c -> !c.equals(current) && !served.contains(c))
                .filter(c -> pattern.matcher(c).matches())
                .toList();
    }

    private IndexSummary execute(String collection, boolean incremental, Set<String> established, Instant start)
            throws IOException {
        var context = new RunContext(
                new SolrArticleStore(client, collection),
                new SolrArticleStore.SolrPrevious(client, collection, incremental),
                new RunTally(listener),
                documents,
                CorpusMemory.of(established),
                listener,
                options.maxFileBytes());
        return new IndexRun(options.docRoots(), options.threads(), options.full(), context).execute(start);
    }
}
