package pl.lupa.search;

import java.time.Instant;
import pl.lupa.solrcloud.SolrCollections;

/**
 * The state of the index for {@code /health}.
 *
 * @param ready       an index is open and searchable
 * @param message     what is wrong and what fixes it, when not ready
 * @param documents   live articles
 * @param version     the open reader's index version
 * @param lastRefresh when the server last looked for a newer commit
 * @param cluster     the SolrCloud cluster's state when serving from one; null for the embedded index
 */
public record IndexHealth(
        boolean ready,
        String message,
        long documents,
        long version,
        Instant lastRefresh,
        SolrCollections.ClusterState cluster) {

    /** The health of the embedded index. */
    public IndexHealth(boolean ready, String message, long documents, long version, Instant lastRefresh) {
        this(ready, message, documents, version, lastRefresh, null);
    }
}
