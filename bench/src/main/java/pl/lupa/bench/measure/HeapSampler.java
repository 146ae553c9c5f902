package pl.lupa.bench.measure;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the used heap every 100 ms while a phase runs and counts the garbage collections it
 * caused. Used heap includes garbage not yet collected, so the peak is an upper bound of what
 * the phase needs, and the one number to compare against {@code -Xmx}. Also notes the time the
 * JIT compilers spent meanwhile: on two cores they compete with the phase for the CPU.
 */
public final class HeapSampler implements AutoCloseable {

    private static final long EVERY_MS = 100;

    /** What one phase did to the heap. */
    public record Usage(long peakHeapBytes, long gcCount, long gcMillis, long jitMillis) {}

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ScheduledExecutorService timer;
    private final long gcCountBefore;
    private final long gcMillisBefore;
    private final long jitMillisBefore;
    private volatile long peak;

    private HeapSampler() {
        gcCountBefore = gcCount();
        gcMillisBefore = gcMillis();
        jitMillisBefore = jitMillis();
        sample();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "bench-heap-sampler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::sample, EVERY_MS, EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts sampling after a full collection, so a phase is not charged with the garbage of
     * the one before it.
     */
    static HeapSampler start() {
        System.gc();
        return new HeapSampler();
    }

    private synchronized void sample() {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peak) {
            peak = used;
        }
    }

    Usage usage() {
        sample();
        return new Usage(peak, gcCount() - gcCountBefore, gcMillis() - gcMillisBefore, jitMillis() - jitMillisBefore);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .filter(c -> c > 0)
                .sum();
    }

    /** Accumulated compilation time of the JIT compilers, or 0 where the JVM does not report it. */
    static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(c -> c > 0)
                .sum();
    }
}
