package pl.lupa.index;

/**
 * Observes an index job: progress for a bar or log lines, and each document as it is added.
 * Called from several threads.
 */
public interface IndexListener {

    IndexListener NONE = new IndexListener() {};

    /** The job has found its input: files and their total size in bytes. */
    default void started(int files, long totalBytes) {}

    /** Input bytes consumed since the last call. */
    default void advanced(long bytes) {}

    /** A document was handed to the index writer (not yet committed). */
    default void documentIndexed(String id) {}

    /** The job is about to commit (or to roll back, when it failed). */
    default void finished() {}
}
