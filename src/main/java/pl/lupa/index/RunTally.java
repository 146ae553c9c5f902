package pl.lupa.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import pl.lupa.ingest.Skip;

/** What one run has done so far, counted by the indexing threads together. */
final class RunTally {

    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger deleted = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final List<Skip> skipped = Collections.synchronizedList(new ArrayList<>());
    final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final IndexListener listener;
    private long bytesRead;

    RunTally(IndexListener listener) {
        this.listener = listener;
    }

    /** Input consumed: counted for the summary and reported to the progress listener. */
    synchronized void addBytes(long bytes) {
        bytesRead += bytes;
        listener.advanced(bytes);
    }

    synchronized IndexSummary summary(int totalDocuments, Duration took, boolean full) {
        return new IndexSummary(
                added.get(),
                updated.get(),
                deleted.get(),
                unchanged.get(),
                skipped,
                warnings,
                totalDocuments,
                bytesRead,
                took,
                full);
    }
}
