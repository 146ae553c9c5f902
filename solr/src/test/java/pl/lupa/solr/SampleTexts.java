package pl.lupa.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/** Texts from sample-docs/ (the tests run from the repository root): sentences and query-sized lines. */
final class SampleTexts {

    private SampleTexts() {}

    /** Every sentence-like piece of the sample articles, markup and all. */
    static List<String> sentences() throws IOException {
        var out = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("sample-docs"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                // lenient: a few samples are windows-1250 on purpose
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (String s : text.split("(?<=[.!?])\\s+|\\n+")) {
                    if (s.strip().length() > 10) {
                        out.add(s.strip());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Queries as users type them: short lines of the articles (titles, headings, front matter),
     * their first words, and the same typed without Polish diacritics.
     */
    static List<String> queries() throws IOException {
        var out = new LinkedHashSet<String>();
        for (String s : sentences()) {
            if (s.length() <= 80) {
                out.add(s);
                String[] words = s.split("\\s+");
                out.add(String.join(" ", List.of(words).subList(0, Math.min(3, words.length))));
                out.add(folded(s));
            }
        }
        // enough for every shape of sentence; the parse of each costs a dictionary walk per word
        return out.stream().limit(600).toList();
    }

    static String folded(String s) {
        String noMarks = Normalizer.normalize(s.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD);
        return noMarks.replaceAll("\\p{M}", "");
    }
}
