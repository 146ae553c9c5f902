package pl.lupa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.ExtractedEntities;
import pl.lupa.extract.Gazetteer;

/**
 * {@code lupa bench extraction}: throughput of {@link EntityExtractor} on one core, in MB/s of
 * UTF-8 text.
 *
 * <p>The text is made of article-sized chunks: the annotated sentences of the extraction
 * evaluation (dense in entities, which is the expensive case) mixed with entity-free filler in the
 * proportion real news has, so the figure reflects index-time work rather than a best case.
 */
@Command(
        name = "extraction",
        mixinStandardHelpOptions = true,
        description = "Extraction throughput (MB/s, one thread) on entity-dense article-sized text.")
final class ExtractionBench implements Callable<Integer> {

    private static final String[] FILLER = {
        "Według analityków rynek będzie rósł w tempie kilkunastu procent rocznie, choć część ekspertów studzi optymizm.",
        "Przedstawiciele branży podkreślają, że brakuje specjalistów od bezpieczeństwa i chmury obliczeniowej.",
        "Nowa wersja aplikacji ma poprawić wydajność oraz bezpieczeństwo danych użytkowników na starszych telefonach.",
        "Regulatorzy w Brukseli przyglądają się praktykom największych platform internetowych i ich wpływowi na konkurencję.",
        "Eksperci zwracają uwagę, że modele językowe wciąż popełniają błędy w prostych zadaniach rachunkowych.",
        "Z badania wynika, że większość małych firm nie ma jeszcze strategii dotyczącej sztucznej inteligencji.",
    };

    @Option(
            names = "--megabytes",
            paramLabel = "N",
            defaultValue = "16",
            description = "Text per pass (default: ${DEFAULT-VALUE}).")
    int megabytes;

    @Option(
            names = "--sentences",
            paramLabel = "FILE",
            defaultValue = "src/test/resources/extraction/sentences.jsonl",
            description = "JSON Lines with a \"text\" field: the entity-dense sentences (default: ${DEFAULT-VALUE}).")
    Path sentencesFile;

    @Override
    public Integer call() throws IOException {
        List<String> articles = articles(sentences(sentencesFile), megabytes * 1_000_000L);
        long bytes = 0;
        for (String article : articles) {
            bytes += article.getBytes(StandardCharsets.UTF_8).length;
        }
        EntityExtractor extractor = new EntityExtractor(Gazetteer.bundled());
        LocalDate published = LocalDate.of(2024, 10, 15);

        long sink = 0;
        for (int round = 0; round < 3; round++) { // warm-up: let the JIT compile the hot paths
            sink += run(extractor, articles, published);
        }
        int rounds = 5;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            sink += run(extractor, articles, published);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mbPerSecond = bytes * rounds / 1e6 / seconds;
        System.out.printf(
                Locale.ROOT,
                "%d articles, %.1f MB of text, %d entities per pass%n",
                articles.size(),
                bytes / 1e6,
                sink / (rounds + 3));
        System.out.printf(Locale.ROOT, "extraction: %.1f MB/s on one thread%n", mbPerSecond);
        return 0;
    }

    private static List<String> sentences(Path file) throws IOException {
        var json = new ObjectMapper();
        var out = new ArrayList<String>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line).path("text").asText());
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no sentences in " + file);
        }
        return out;
    }

    private static long run(EntityExtractor extractor, List<String> articles, LocalDate published) {
        long entities = 0;
        for (String article : articles) {
            ExtractedEntities e = extractor.extract(article, published);
            entities += e.companies().size() + e.amounts().size() + e.dates().size();
        }
        return entities;
    }

    /** Articles of about 4 kB: roughly one annotated sentence to two filler sentences. */
    private static List<String> articles(List<String> sentences, long totalChars) {
        Random random = new Random(42);
        List<String> articles = new ArrayList<>();
        long chars = 0;
        while (chars < totalChars) {
            Collections.shuffle(sentences, random);
            StringBuilder article = new StringBuilder(4500);
            int k = 0;
            while (article.length() < 4000) {
                article.append(sentences.get(k++ % sentences.size())).append(' ');
                article.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
                article.append(FILLER[random.nextInt(FILLER.length)]);
                article.append(random.nextInt(5) == 0 ? "\n\n" : " ");
            }
            articles.add(article.toString());
            chars += article.length();
        }
        return articles;
    }
}
