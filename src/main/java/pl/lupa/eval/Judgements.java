package pl.lupa.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Graded relevance judgements in TREC's qrels format, {@code qid 0 docid grade} per line: grade 0
 * is judged not relevant, 1 partly and 2 highly relevant. A document not judged for a query
 * counts as not relevant.
 */
public record Judgements(Map<String, Map<String, Integer>> byQuery) {

    public Judgements {
        var copy = new LinkedHashMap<String, Map<String, Integer>>();
        byQuery.forEach((q, docs) -> copy.put(q, Collections.unmodifiableMap(new LinkedHashMap<>(docs))));
        byQuery = Collections.unmodifiableMap(copy);
    }

    public static Judgements read(Path qrels) throws IOException {
        var byQuery = new LinkedHashMap<String, Map<String, Integer>>();
        int n = 0;
        for (String line : Files.readAllLines(qrels, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\\s+");
            if (f.length != 4) {
                throw new IOException(qrels + ":" + n + ": expected 'qid 0 docid grade', found: " + line);
            }
            try {
                byQuery.computeIfAbsent(f[0], q -> new LinkedHashMap<>()).put(f[2], Integer.parseInt(f[3]));
            } catch (NumberFormatException e) {
                throw new IOException(qrels + ":" + n + ": the grade is not a whole number: " + f[3]);
            }
        }
        return new Judgements(byQuery);
    }

    /** The grade of a document for a query; 0 when not judged. */
    public int grade(String qid, String docId) {
        return byQuery.getOrDefault(qid, Map.of()).getOrDefault(docId, 0);
    }

    public boolean judged(String qid, String docId) {
        return byQuery.getOrDefault(qid, Map.of()).containsKey(docId);
    }

    /** The number of documents judged relevant (grade 1 or more) for a query. */
    public long relevant(String qid) {
        return byQuery.getOrDefault(qid, Map.of()).values().stream()
                .filter(g -> g > 0)
                .count();
    }
}
