package pl.lupa.index;

import java.nio.file.Path;

/** Another index job holds the index's write lock. */
public final class IndexLockedException extends java.io.IOException {

    private static final long serialVersionUID = 1L;

    public IndexLockedException(Path indexDir, Throwable cause) {
        super(
                "another index job is running on " + indexDir.toAbsolutePath().normalize()
                        + "; wait for it to finish (nothing was changed)",
                cause);
    }
}
