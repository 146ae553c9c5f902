package pl.lupa.index;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pl.lupa.ingest.Skip;
import pl.lupa.ingest.SkipReason;

/**
 * The result of an index job, counted in documents (articles); skips count files or JSON
 * Lines records.
 */
public record IndexSummary(
        int added,
        int updated,
        int deleted,
        int unchanged,
        List<Skip> skipped,
        List<String> warnings,
        int totalDocuments,
        long bytesRead,
        Duration took,
        boolean full) {

    public IndexSummary {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** The same summary with one warning more. */
    public IndexSummary withWarning(String warning) {
        var more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new IndexSummary(
                added, updated, deleted, unchanged, skipped, more, totalDocuments, bytesRead, took, full);
    }

    /** Documents parsed and written per second (added + updated). */
    public double docsPerSecond() {
        double seconds = Math.max(took.toNanos() / 1e9, 1e-9);
        return (added + updated) / seconds;
    }

    public Map<SkipReason, List<Skip>> skippedByReason() {
        var byReason = new TreeMap<SkipReason, List<Skip>>();
        for (Skip s : skipped) {
            byReason.computeIfAbsent(s.reason(), r -> new java.util.ArrayList<>())
                    .add(s);
        }
        return byReason;
    }

    /** The report printed at the end of {@code lupa index}. */
    public String report() {
        var out = new StringBuilder();
        out.append(String.format(
                "%s committed: %d documents in the index%n", full ? "Full rebuild" : "Index", totalDocuments));
        out.append(String.format(
                "  added %d, updated %d, deleted %d, unchanged %d, skipped %d%n",
                added, updated, deleted, unchanged, skipped.size()));
        skippedByReason().forEach((reason, skips) -> {
            out.append(String.format("  skipped (%s): %d%n", reason.label(), skips.size()));
            skips.stream().limit(5).forEach(s -> out.append(String.format("    %s: %s%n", s.where(), s.detail())));
            if (skips.size() > 5) {
                out.append(String.format("    … and %d more%n", skips.size() - 5));
            }
        });
        if (!warnings.isEmpty()) {
            out.append(String.format("  warnings: %d%n", warnings.size()));
            warnings.stream().limit(5).forEach(w -> out.append("    ").append(w).append(System.lineSeparator()));
        }
        out.append(String.format(
                "  took %.2f s, %.0f docs/s, %.1f MB read%n", took.toNanos() / 1e9, docsPerSecond(), bytesRead / 1e6));
        return out.toString();
    }
}
