package pl.lupa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the product's packages point down the flow of data and never back up, as
 * each package-info says: no class imports a package its own package may not depend on.
 */
class PackageDependenciesTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "analysis", Set.of(),
            "ingest", Set.of("analysis"),
            "extract", Set.of("analysis"),
            "solrcloud", Set.of(),
            "index", Set.of("analysis", "ingest", "extract", "solrcloud"),
            "search", Set.of("analysis", "extract", "index", "solrcloud"),
            "web", Set.of("search"),
            "eval", Set.of("ingest", "extract", "index", "search"),
            "cli", Set.of("analysis", "ingest", "extract", "index", "search", "web", "eval", "solrcloud"));

    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?pl\\.lupa\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void everyImportFollowsTheFlow() throws IOException {
        Path sources = Path.of("src/main/java/pl/lupa");
        var violations = new ArrayList<String>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String pkg = sources.relativize(file).getName(0).toString();
                assertThat(ALLOWED)
                        .as("a new package needs its rule here and in its package-info")
                        .containsKey(pkg);
                var m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                        violations.add(sources.relativize(file) + " imports pl.lupa." + used);
                    }
                }
            }
        }
        assertThat(files).as("source files checked").isGreaterThan(50);
        assertThat(violations).isEmpty();
    }
}
