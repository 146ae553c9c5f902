package pl.lupa.index;

import pl.lupa.extract.DiscoveryMemory;

/**
 * What the parts of one run share: the store, what it held before, the tally, the document
 * maker and the listener.
 *
 * @param memory   the company names the previous commit's articles established, fixed for the run so
 *                 that what a run makes does not depend on the order its threads take the files
 * @param maxBytes files and JSON Lines records larger than this are skipped
 */
record RunContext(
        ArticleStore store,
        ArticleStore.Previous previous,
        RunTally tally,
        ArticleDocuments documents,
        DiscoveryMemory memory,
        IndexListener listener,
        long maxBytes) {}
