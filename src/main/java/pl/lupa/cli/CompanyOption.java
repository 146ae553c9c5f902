package pl.lupa.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import pl.lupa.extract.Gazetteer;

/** {@code --companies FILE}: a gazetteer file that adds to or overrides the bundled one. */
final class CompanyOption {

    @Option(
            names = "--companies",
            paramLabel = "FILE",
            description = "TSV of companies added to (or replacing entries of) the bundled list.")
    Path companies;

    Gazetteer gazetteer() throws IOException {
        return companies == null ? Gazetteer.bundled() : Gazetteer.withOverrides(companies);
    }
}
