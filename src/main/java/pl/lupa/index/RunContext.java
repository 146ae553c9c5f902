package pl.lupa.index;

import java.io.IOException;
import org.apache.lucene.index.IndexWriter;
import pl.lupa.extract.DiscoveryMemory;
import pl.lupa.ingest.SkipReason;
import pl.lupa.ingest.SkippedInputException;

/**
 * What the parts of one run share: the writer, the last commit's state, the tally, the document
 * maker and the listener.
 *
 * @param memory   the company names the previous commit's articles established, fixed for the run so
 *                 that what a run makes does not depend on the order its threads take the files
 * @param maxBytes files and JSON Lines records larger than this are skipped
 */
record RunContext(
        IndexWriter writer,
        CommitState previous,
        RunTally tally,
        ArticleDocuments documents,
        DiscoveryMemory memory,
        IndexListener listener,
        long maxBytes) {

    /** One write to the index. */
    @FunctionalInterface
    interface Write {
        long run() throws IOException;
    }

    /**
     * Lucene refuses a document it cannot index (a term over 32 KB) without harm to the others:
     * that is a skip of this input, not a failure of the job.
     */
    static void refusable(Write write) throws IOException, SkippedInputException {
        try {
            write.run();
        } catch (IllegalArgumentException e) {
            throw new SkippedInputException(SkipReason.MALFORMED, "refused by the index: " + e.getMessage());
        }
    }
}
