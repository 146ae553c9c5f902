package pl.lupa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pl.lupa.search.CompanyListing;
import pl.lupa.search.IndexNotReadyException;

@Command(
        name = "companies",
        mixinStandardHelpOptions = true,
        description = {
            "Lists every company of an index with its number of articles, curated (in the gazetteer)",
            "or discovered in the text, with the evidence that established a discovered name."
        })
final class CompaniesCommand implements Callable<Integer> {

    @Option(
            names = "--index",
            paramLabel = "DIR",
            defaultValue = "index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--discovered", description = "Only the names discovery found.")
    boolean discoveredOnly;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Mixin
    SolrOption solr;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<CompanyListing> companies;
        try (var searcher = solr.backend(index)) {
            companies = searcher.companies();
        } catch (IndexNotReadyException e) {
            spec.commandLine().getErr().println("lupa companies: " + e.getMessage());
            return Main.FAILED;
        }
        if (discoveredOnly) {
            companies = companies.stream().filter(c -> !c.curated()).toList();
        }
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(companies));
        } else {
            for (CompanyListing c : companies) {
                out.printf(
                        "%6d  %-11s %s%s%n",
                        c.documents(),
                        c.curated() ? "curated" : "discovered",
                        c.name(),
                        c.curated() ? "" : "  (" + c.evidence() + ")");
            }
        }
        out.flush();
        return 0;
    }
}
