package pl.lupa.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.SearchBackend;
import pl.lupa.search.SolrSearcher;
import pl.lupa.solrcloud.SolrCloudClient;

/**
 * {@code --solr URL} and {@code --collection NAME}: work on a SolrCloud collection instead of the
 * index folder. One node's URL is enough; the others are learnt from the cluster.
 */
final class SolrOption {

    /** The collection name (an alias) {@code lupa cluster} creates. */
    static final String DEFAULT_COLLECTION = "news";

    @Option(
            names = "--solr",
            paramLabel = "URL",
            split = ",",
            description = "SolrCloud node(s), as http://host:8983/solr (comma-separated or repeated):"
                    + " use that cluster instead of the index folder.")
    List<String> urls = new ArrayList<>();

    @Option(
            names = "--collection",
            paramLabel = "NAME",
            defaultValue = DEFAULT_COLLECTION,
            description = "SolrCloud collection or alias (default: ${DEFAULT-VALUE}).")
    String collection;

    boolean enabled() {
        return !urls.isEmpty();
    }

    /** A client whose single requests may take {@code timeout} on one node before it tries the next. */
    SolrCloudClient client(Duration timeout) {
        return new SolrCloudClient(urls, timeout);
    }

    /** What a one-off command (search, companies) reads: the collection, or else the index folder. */
    SearchBackend backend(Path index) {
        Duration budget = Duration.ofSeconds(10);
        return enabled()
                ? new SolrSearcher(client(budget), collection, budget)
                : new LupaSearcher(index, Duration.ofHours(1), budget);
    }
}
