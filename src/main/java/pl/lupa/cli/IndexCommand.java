package pl.lupa.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.index.IndexJob;
import pl.lupa.index.IndexLockedException;
import pl.lupa.index.IndexSummary;
import pl.lupa.index.SolrIndexJob;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Builds or updates the index from article files (.txt, .md, .html, .jsonl).",
            "Incremental: new and changed files are indexed, removed ones deleted, unchanged ones skipped.",
            "All changes land in one commit; a failed or killed job leaves the previous index as it was.",
            "With --solr the articles go to a SolrCloud collection; --full then builds a new collection and",
            "switches the alias to it when complete (a failed rebuild leaves the alias where it was)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:committed (even with skipped files)", "1:nothing committed", "3:another index job is running"
        })
final class IndexCommand implements Callable<Integer> {

    @Option(
            names = "--docs",
            paramLabel = "DIR",
            defaultValue = "sample-docs",
            description = "Folder of articles; repeat for several (default: ${DEFAULT-VALUE}).")
    List<Path> docs;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            defaultValue = "index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--full", description = "Rebuild from scratch (still atomic).")
    boolean full;

    @Option(
            names = "--max-file-size",
            paramLabel = "MB",
            defaultValue = "10",
            description = "Skip files and JSON Lines records larger than this (default: ${DEFAULT-VALUE} MB).")
    int maxFileMb;

    @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: the number of cores).")
    Integer threads;

    @Mixin
    CompanyOption companies;

    @Mixin
    SolrOption solr;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A batch of documents, a commit or a collection's creation may take this long on one node. */
    private static final Duration SOLR_TIMEOUT = Duration.ofMinutes(2);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxFileMb <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-size must be positive");
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (var progress = ProgressReporter.forConsole(err)) {
            var extractor = new EntityExtractor(companies.gazetteer());
            IndexSummary summary;
            if (solr.enabled()) {
                var options = new SolrIndexJob.Options(
                        docs, solr.collection, full, maxFileMb * 1024L * 1024L, Math.max(1, n));
                summary = new SolrIndexJob(options, solr.client(SOLR_TIMEOUT), extractor, progress).run();
            } else {
                var options = new IndexJob.Options(docs, index, full, maxFileMb * 1024L * 1024L, Math.max(1, n));
                summary = new IndexJob(options, extractor, progress).run();
            }
            out.print(summary.report());
            out.flush();
            return 0;
        } catch (IndexLockedException e) {
            err.println("lupa index: " + e.getMessage());
            return Main.LOCKED;
        } catch (NoSuchFileException e) {
            err.println("lupa index: " + e.getFile() + ": " + (e.getReason() != null ? e.getReason() : "not found")
                    + "; nothing was committed");
            return Main.FAILED;
        } catch (Exception e) {
            if (solr.enabled()) {
                err.println("lupa index: failed: " + e.getMessage()
                        + (full
                                ? "; the alias still points at the previous collection"
                                : "; Solr may have taken part of the changes: run the job again to finish them"));
                return Main.FAILED;
            }
            err.println("lupa index: failed, nothing was committed; the previous index is unchanged: " + e);
            return Main.FAILED;
        }
    }
}
