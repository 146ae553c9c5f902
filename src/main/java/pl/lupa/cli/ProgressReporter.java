package pl.lupa.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import pl.lupa.index.IndexListener;

/**
 * Shows an index job's progress: a progress bar over the input bytes on a terminal, a log
 * line every five seconds otherwise (CI logs, cron mails).
 */
final class ProgressReporter implements IndexListener, AutoCloseable {

    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter log;
    private final boolean terminal;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong documents = new AtomicLong();
    private volatile long total;
    private volatile ProgressBar bar;
    private volatile long lastLog = System.nanoTime();

    private ProgressReporter(PrintWriter log, boolean terminal) {
        this.log = log;
        this.terminal = terminal;
    }

    static ProgressReporter forConsole(PrintWriter log) {
        return new ProgressReporter(log, System.console() != null);
    }

    @Override
    public void started(int files, long totalBytes) {
        total = totalBytes;
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Indexing")
                    .setInitialMax(Math.max(1, totalBytes))
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" MB", 1_000_000)
                    .showSpeed()
                    .continuousUpdate()
                    .build();
        } else {
            log.printf("indexing %d files, %.1f MB%n", files, totalBytes / 1e6);
            log.flush();
        }
    }

    @Override
    public void advanced(long bytes) {
        long now = done.addAndGet(bytes);
        ProgressBar b = bar;
        if (b != null) {
            b.stepTo(Math.min(now, Math.max(1, total)));
        } else if (System.nanoTime() - lastLog > LOG_EVERY_NANOS) {
            lastLog = System.nanoTime();
            log.printf(
                    "  %.0f%% (%.1f of %.1f MB), %d documents%n",
                    100.0 * now / Math.max(1, total), now / 1e6, total / 1e6, documents.get());
            log.flush();
        }
    }

    @Override
    public void documentIndexed(String id) {
        documents.incrementAndGet();
    }

    @Override
    public void finished() {
        close();
    }

    @Override
    public void close() {
        ProgressBar b = bar;
        if (b != null) {
            bar = null;
            b.close();
        }
    }
}
