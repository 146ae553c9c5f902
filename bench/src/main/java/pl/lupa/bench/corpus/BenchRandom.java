package pl.lupa.bench.corpus;

import java.util.List;

/**
 * SplitMix64: a tiny generator whose every output is fixed by its seed, written out here so the
 * corpus and the query mix are byte-identical on every JVM (the JDK documents no algorithm for
 * {@code SplittableRandom}). Not thread-safe; each article gets its own instance, so articles
 * can be generated in any order.
 */
final class BenchRandom {

    private long state;

    BenchRandom(long seed) {
        this.state = seed;
    }

    /** An independent stream for item {@code index} of a run seeded with {@code seed}. */
    static BenchRandom forItem(long seed, long index) {
        return new BenchRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in {@code [0, bound)}. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) Math.floorMod(nextLong() >>> 1, (long) bound);
    }

    /** Uniform in {@code [from, to]}. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[nextInt(items.length)];
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
