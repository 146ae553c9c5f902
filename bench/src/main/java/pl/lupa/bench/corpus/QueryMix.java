package pl.lupa.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.lupa.analysis.PolishDictionary;
import pl.lupa.index.UsdBucket;

/**
 * A fixed, seeded query mix drawn from the corpus itself: 1–3 of its frequent words, in a fifth
 * of the queries a quoted phrase taken from its text (so phrases do occur), and in 30% a
 * company or dollar filter. Sampling only the first records keeps it cheap at any corpus size;
 * the generator spreads the same vocabulary over every record.
 */
public final class QueryMix {

    static final int SAMPLE_RECORDS = 3_000;
    static final int FREQUENT_WORDS = 1_500;
    private static final int PHRASE_SOURCES = 500;
    private static final long SALT = 0x5157_4D49_5845_4C55L;
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?|[.!?;:]");
    private static final long[] USD_MINIMUMS = {1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L};

    private final List<String> frequent;
    private final List<List<String>> phraseSources;

    private QueryMix(List<String> frequent, List<List<String>> phraseSources) {
        if (frequent.isEmpty() || phraseSources.isEmpty()) {
            throw new IllegalArgumentException("the corpus sample has no words to build queries from");
        }
        this.frequent = frequent;
        this.phraseSources = phraseSources;
    }

    /** Reads the words of the first records of a JSON Lines corpus. */
    public static QueryMix fromCorpus(Path corpus) throws IOException {
        var counts = new HashMap<String, Integer>();
        var sources = new ArrayList<List<String>>();
        var json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 0; n < SAMPLE_RECORDS && (line = in.readLine()) != null; n++) {
                JsonNode record = json.readTree(line);
                List<String> tokens = tokens(record.path("title").asText() + ". "
                        + record.path("text").asText());
                for (String t : tokens) {
                    if (isContentWord(t)) {
                        counts.merge(t, 1, Integer::sum);
                    }
                }
                if (sources.size() < PHRASE_SOURCES) {
                    sources.add(tokens);
                }
            }
        }
        List<String> frequent = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(FREQUENT_WORDS)
                .map(Map.Entry::getKey)
                .toList();
        return new QueryMix(frequent, sources);
    }

    /** {@code count} queries; the same seed and corpus give the same list. */
    public List<BenchQuery> queries(long seed, int count) {
        var out = new ArrayList<BenchQuery>(count);
        for (int i = 0; i < count; i++) {
            out.add(query(BenchRandom.forItem(seed ^ SALT, i)));
        }
        return out;
    }

    private BenchQuery query(BenchRandom r) {
        var items = new ArrayList<String>();
        if (r.chance(0.2)) {
            items.add('"' + phrase(r) + '"');
            if (r.chance(0.5)) {
                items.add(r.pick(frequent));
            }
        } else {
            int words = r.between(1, 3);
            while (items.size() < words) {
                String w = r.pick(frequent);
                if (!items.contains(w)) {
                    items.add(w);
                }
            }
        }
        if (!r.chance(0.3)) {
            return new BenchQuery(items, null, null);
        }
        return switch (r.nextInt(4)) {
            case 0, 1 ->
                new BenchQuery(items, "company", r.pick(CompanyForms.ALL).canonical());
            case 2 -> new BenchQuery(items, "usdMin", String.valueOf(USD_MINIMUMS[r.nextInt(USD_MINIMUMS.length)]));
            default -> new BenchQuery(items, "usd", r.pick(UsdBucket.values()).key());
        };
    }

    /** Two or three consecutive words of one sentence, starting and ending with a content word. */
    private String phrase(BenchRandom r) {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<String> tokens = r.pick(phraseSources);
            int length = r.between(2, 3);
            if (tokens.size() <= length) {
                continue;
            }
            int from = r.nextInt(tokens.size() - length);
            List<String> window = tokens.subList(from, from + length);
            boolean oneSentence = window.stream().allMatch(t -> Character.isLetter(t.charAt(0)));
            if (oneSentence && isContentWord(window.get(0)) && isContentWord(window.get(length - 1))) {
                return String.join(" ", window);
            }
        }
        return r.pick(frequent) + " " + r.pick(frequent); // a corpus without such windows: two words
    }

    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group().toLowerCase(Locale.ROOT));
        }
        return tokens;
    }

    private static boolean isContentWord(String token) {
        return token.length() >= 4
                && Character.isLetter(token.charAt(0))
                && !PolishDictionary.stopWords().contains(token);
    }

    List<String> frequentWords() {
        return frequent;
    }
}
