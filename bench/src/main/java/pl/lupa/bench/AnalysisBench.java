package pl.lupa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.lupa.analysis.LupaAnalyzers;

/**
 * {@code lupa bench analysis}: analysis throughput on real text, single thread: plain
 * StandardTokenizer → LowerCase → MorfologikFilter against Lupa's lemma chain (what a body goes
 * through), and against both chains over the same text (what a title goes through: lemmas and
 * exact forms).
 */
@Command(
        name = "analysis",
        mixinStandardHelpOptions = true,
        description = "Analysis throughput (MB/s, one thread) of Lupa's chains against plain Morfologik.")
final class AnalysisBench implements Callable<Integer> {

    @Option(
            names = "--text",
            paramLabel = "FILE",
            required = true,
            description = "JSON Lines whose records have a \"text\" field, e.g. a news dump.")
    Path file;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            defaultValue = "5",
            description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException {
        var json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String t = json.readTree(line).path("text").asText();
                texts.add(t);
                bytes += t.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        try (Analyzer plain = plain();
                Analyzer lemmas = LupaAnalyzers.lemmas();
                Analyzer exact = LupaAnalyzers.exact()) {
            for (int warm = 0; warm < 2; warm++) {
                run(plain, texts);
                run(lemmas, texts);
                run(exact, texts);
            }
            double plainMbs = 0;
            double lemmaMbs = 0;
            double bothMbs = 0;
            for (int r = 0; r < rounds; r++) {
                plainMbs += mbs(bytes, time(() -> run(plain, texts)));
                lemmaMbs += mbs(bytes, time(() -> run(lemmas, texts)));
                bothMbs += mbs(bytes, time(() -> {
                    run(lemmas, texts);
                    run(exact, texts);
                }));
            }
            System.out.printf(
                    Locale.ROOT,
                    "text: %d documents, %.1f MB, %d rounds, one thread%n",
                    texts.size(),
                    bytes / 1e6,
                    rounds);
            System.out.printf(Locale.ROOT, "| chain | MB/s | vs plain Morfologik |%n| --- | ---: | ---: |%n");
            System.out.printf(
                    Locale.ROOT,
                    "| StandardTokenizer → LowerCase → MorfologikFilter | %.2f | 1.00 |%n",
                    plainMbs / rounds);
            System.out.printf(
                    Locale.ROOT, "| Lupa lemma chain | %.2f | %.2f |%n", lemmaMbs / rounds, lemmaMbs / plainMbs);
            System.out.printf(
                    Locale.ROOT,
                    "| Lupa lemma + exact chains (as a title is indexed) | %.2f | %.2f |%n",
                    bothMbs / rounds,
                    bothMbs / plainMbs);
        }
        return 0;
    }

    private interface Work {
        void run() throws IOException;
    }

    private static long time(Work work) throws IOException {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double mbs(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    private static long run(Analyzer analyzer, List<String> texts) throws IOException {
        long tokens = 0;
        for (String text : texts) {
            try (TokenStream ts = analyzer.tokenStream("body", text)) {
                ts.reset();
                while (ts.incrementToken()) {
                    tokens++;
                }
                ts.end();
            }
        }
        return tokens;
    }

    private static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new MorfologikFilter(new LowerCaseFilter(tokenizer)));
            }
        };
    }
}
