package pl.lupa.index;

import java.util.Arrays;
import java.util.Optional;

/**
 * Dollar-amount buckets of the {@code usd} facet. Each amount is indexed with its bucket as a
 * sorted-set facet value, so counting costs the same as counting companies (range facets over
 * a multi-valued numeric field were the largest query cost at a million documents). Lower
 * bounds are inclusive: exactly 1 mld $ is in {@code 1B-10B}. Amounts come in whole dollars,
 * rounded down, so $999,999.99 is below 1 mln $, where it belongs.
 */
public enum UsdBucket {
    LT_1M("lt1M", "poniżej 1 mln $", Long.MIN_VALUE, 1_000_000L),
    M1_10("1M-10M", "1–10 mln $", 1_000_000L, 10_000_000L),
    M10_100("10M-100M", "10–100 mln $", 10_000_000L, 100_000_000L),
    M100_1B("100M-1B", "100 mln – 1 mld $", 100_000_000L, 1_000_000_000L),
    B1_10("1B-10B", "1–10 mld $", 1_000_000_000L, 10_000_000_000L),
    GTE_10B("gte10B", "powyżej 10 mld $", 10_000_000_000L, Long.MAX_VALUE);

    private final String key;
    private final String label;
    private final long min;
    private final long maxExclusive;

    UsdBucket(String key, String label, long min, long maxExclusive) {
        this.key = key;
        this.label = label;
        this.min = min;
        this.maxExclusive = maxExclusive;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static UsdBucket of(long usd) {
        for (UsdBucket b : values()) {
            if (usd >= b.min && usd < b.maxExclusive) {
                return b;
            }
        }
        return GTE_10B;
    }

    /** Every bucket's key, smallest amounts first. */
    public static java.util.List<String> keys() {
        return Arrays.stream(values()).map(UsdBucket::key).toList();
    }

    public static Optional<UsdBucket> byKey(String key) {
        return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
    }
}
