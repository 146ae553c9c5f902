package pl.lupa.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lemma recall on a gold-lemma file ({@code form<TAB>lemma<TAB>upos} per line): per UPOS class,
 * the share of forms whose gold lemma (lower case) is among the terms of Lupa's chain and of a
 * plain StandardTokenizer → LowerCase → MorfologikFilter chain. Not a unit test: run it by hand
 * with the file's path (see the README); the project's tests do not depend on that file.
 */
public final class LemmaEvaluation {

    private LemmaEvaluation() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: LemmaEvaluation FILE.tsv   (form<TAB>lemma<TAB>upos per line)");
            System.exit(2);
        }
        var counts = new TreeMap<String, int[]>(); // upos → {forms, lupa hits, morfologik hits}
        // Stop words are removed by design, not mislemmatised: the lemmatiser is measured without them.
        try (Analyzer lupa = LupaAnalyzers.lemmas(CharArraySet.EMPTY_SET);
                Analyzer plain = plainMorfologik()) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (cols.length < 3 || cols[0].isBlank() || line.startsWith("#")) {
                    continue;
                }
                String form = cols[0];
                String gold = cols[1].toLowerCase(Locale.ROOT);
                int[] c = counts.computeIfAbsent(cols[2], k -> new int[3]);
                c[0]++;
                if (terms(lupa, form).contains(gold)) {
                    c[1]++;
                }
                if (terms(plain, form).contains(gold)) {
                    c[2]++;
                }
            }
        }
        System.out.println(table(counts));
    }

    static String table(Map<String, int[]> counts) {
        var out = new StringBuilder("| UPOS | forms | Lupa | plain Morfologik |\n| --- | ---: | ---: | ---: |\n");
        int[] total = new int[3];
        counts.forEach((upos, c) -> {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f%% | %.1f%% |%n",
                    upos,
                    c[0],
                    100.0 * c[1] / c[0],
                    100.0 * c[2] / c[0]));
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        out.append(String.format(
                Locale.ROOT,
                "| **all** | %d | %.1f%% | %.1f%% |%n",
                total[0],
                100.0 * total[1] / total[0],
                100.0 * total[2] / total[0]));
        return out.toString();
    }

    private static Set<String> terms(Analyzer analyzer, String form) {
        String printed = TermPrinter.indexTerms(analyzer, form);
        var out = new HashSet<String>();
        Arrays.stream(printed.split("[| ]"))
                .filter(t -> !t.isEmpty())
                .forEach(t -> out.add(t.toLowerCase(Locale.ROOT)));
        if (out.isEmpty()) {
            out.add(form.toLowerCase(Locale.ROOT)); // a stop word keeps its written form
        }
        return out;
    }

    private static Analyzer plainMorfologik() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new MorfologikFilter(new LowerCaseFilter(tokenizer)));
            }
        };
    }
}
