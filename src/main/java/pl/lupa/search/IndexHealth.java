package pl.lupa.search;

import java.time.Instant;

/**
 * The state of the index for {@code /health}.
 *
 * @param ready       an index is open and searchable
 * @param message     what is wrong and what fixes it, when not ready
 * @param documents   live articles
 * @param version     the open reader's index version
 * @param lastRefresh when the server last looked for a newer commit
 */
public record IndexHealth(boolean ready, String message, int documents, long version, Instant lastRefresh) {}
