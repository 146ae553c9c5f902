package pl.lupa.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.lupa.eval.Evaluation;
import pl.lupa.eval.Judgements;
import pl.lupa.eval.Ranker;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.Gazetteer;
import pl.lupa.index.IndexJob;
import pl.lupa.index.IndexListener;
import pl.lupa.ingest.Articles;

@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Measures rankings on judged queries: nDCG@10, P@10, MRR and recall@100, per query and on average.",
            "Several --ranking options are compared with the first (paired randomisation test on nDCG@10)."
        })
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--queries", paramLabel = "FILE", required = true, description = "qid<TAB>query per line.")
    Path queries;

    @Option(names = "--qrels", paramLabel = "FILE", required = true, description = "TREC qrels: qid 0 docid grade.")
    Path qrels;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            defaultValue = "index",
            description = "Lupa's index of the judged articles (default: ${DEFAULT-VALUE}); ignored with --docs.")
    Path index;

    @Option(
            names = "--docs",
            paramLabel = "DIR",
            description = "The judged articles: indexed afresh for Lupa and read for the stock baselines.")
    List<Path> docs = new ArrayList<>();

    @Option(
            names = "--ranking",
            paramLabel = "NAME[:k=v,…]",
            description = {
                "lupa (default), lupa-strict, stempel-or or morfologik-or; repeat to compare.",
                "Lupa's constants after a colon: lupa:titleBoost=2,partial=half."
            })
    List<String> rankings = new ArrayList<>();

    @Option(names = "--per-query", description = "Also print every query's nDCG@10.")
    boolean perQuery;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rankings.isEmpty()) {
            rankings.add("lupa");
        }
        var judged = Evaluation.readQueries(queries);
        var judgements = Judgements.read(qrels);
        Path lupaIndex = index;
        Path scratch = null;
        if (!docs.isEmpty()) {
            scratch = Files.createTempDirectory("lupa-eval-");
            lupaIndex = scratch.resolve("index");
            err.println("indexing " + docs + " …");
            err.flush();
            // one thread: the articles take their ids in the files' order, so hits scoring alike
            // fall in the same order on every run and the figures repeat to the last digit
            new IndexJob(
                            new IndexJob.Options(docs, lupaIndex, true, IndexJob.Options.DEFAULT_MAX_FILE_BYTES, 1),
                            new EntityExtractor(Gazetteer.bundled()),
                            IndexListener.NONE)
                    .run();
        }
        var rankers = new ArrayList<Ranker>();
        try {
            for (String spec : rankings) {
                if (!spec.startsWith("lupa") && docs.isEmpty()) {
                    err.println("lupa eval: the ranking " + spec + " needs the articles: give --docs");
                    return 2;
                }
                rankers.add(Evaluation.ranker(spec, lupaIndex, () -> Articles.readAll(docs)));
            }
            out.print(Evaluation.run(judged, judgements, rankers).markdown(perQuery));
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("lupa eval: " + e.getMessage());
            return 2;
        } finally {
            for (Ranker r : rankers) {
                r.close();
            }
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
