package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import morfologik.stemming.DictionaryIterator;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.analysis.Diacritics;
import pl.lupa.analysis.PolishDictionary;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.analysis.QueryToken;
import pl.lupa.index.ArticleSchema;
import pl.lupa.testing.TestServer;

/**
 * Every word that is indexed can be found by typing it. For every distinct token of the sample
 * articles and of a large generated text — dictionary words in the dictionary's own case (so
 * proper names capitalised), each also at the start of a sentence, and foreign-looking names in
 * Polish case forms that the dictionary does not know — typed as it appears, typed in lower case
 * and typed without diacritics: the query side's terms share one with what the index made of the
 * token, and searching the typed word alone finds the article. Zero exceptions.
 */
class AnalysisAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_DISTINCT_TOKENS = 50_000;

    @TempDir
    Path tmp;

    @Test
    void everyIndexedTokenIsFoundByTypingIt() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        copySamples(docs);
        writeGeneratedFeed(docs.resolve("generated.jsonl"));
        Path index = tmp.resolve("index");
        TestServer.index(docs, index);

        var failures = new ArrayList<String>();
        int tokens = 0;
        int checks = 0;
        try (var dir = FSDirectory.open(index);
                var reader = DirectoryReader.open(dir);
                Analyzer analyzer = ArticleSchema.indexAnalyzer();
                var expander = new QueryExpander()) {
            var searcher = new IndexSearcher(reader);
            var builder = new QueryBuilder(expander);
            Map<String, IndexedToken> distinct = distinctTokens(reader, analyzer);
            tokens = distinct.size();
            for (IndexedToken t : distinct.values()) {
                for (String typed : typings(t.surface())) {
                    checks++;
                    Set<String> queryTerms = new HashSet<>();
                    List<QueryToken> expanded = expander.expand(typed);
                    if (expanded.isEmpty()) {
                        expanded = expander.expand(typed, true); // a stop word typed alone is searched
                    }
                    for (QueryToken q : expanded) {
                        queryTerms.addAll(q.lemmas());
                        queryTerms.addAll(q.folded());
                    }
                    if (queryTerms.stream().noneMatch(t.terms()::contains)) {
                        failures.add(
                                t.surface() + " typed \"" + typed + "\": query " + queryTerms + ", index " + t.terms());
                        continue;
                    }
                    var query = new BooleanQuery.Builder()
                            .add(builder.build(typed).strict(), Occur.MUST)
                            .add(new TermQuery(new Term(ArticleSchema.ID, t.docId())), Occur.FILTER)
                            .build();
                    if (searcher.count(query) == 0) {
                        failures.add(t.surface() + " typed \"" + typed + "\" does not find " + t.docId());
                    }
                }
            }
        }
        assertThat(tokens).as("distinct indexed tokens").isGreaterThanOrEqualTo(MIN_DISTINCT_TOKENS);
        assertThat(failures)
                .as(
                        "%d of %d typings of %d tokens fail; the first: %s",
                        failures.size(),
                        checks,
                        tokens,
                        failures.stream().limit(40).toList())
                .isEmpty();
    }

    /** A token as the index saw it: its written form, the terms at its position, one article holding it. */
    private record IndexedToken(String surface, Set<String> terms, String docId) {}

    /** The written form, lower case, and without diacritics: what a user may type for it. */
    private static Set<String> typings(String surface) {
        var out = new TreeSet<String>();
        out.add(surface);
        out.add(surface.toLowerCase(Locale.ROOT));
        if (Diacritics.hasPolishDiacritics(surface)) {
            out.add(Diacritics.fold(surface));
        }
        return out;
    }

    /** Every distinct written token of title and body, with the lemma chain's terms at its position. */
    private static Map<String, IndexedToken> distinctTokens(DirectoryReader reader, Analyzer analyzer)
            throws IOException {
        var out = new LinkedHashMap<String, IndexedToken>();
        var stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            var d = stored.document(doc);
            String id = d.get(ArticleSchema.ID);
            for (String field : List.of(ArticleSchema.TITLE, ArticleSchema.BODY)) {
                String text = d.get(field);
                try (var stream = analyzer.tokenStream(field, text)) {
                    var term = stream.addAttribute(CharTermAttribute.class);
                    var offset = stream.addAttribute(OffsetAttribute.class);
                    var posInc = stream.addAttribute(PositionIncrementAttribute.class);
                    stream.reset();
                    Set<String> terms = null;
                    while (stream.incrementToken()) {
                        if (posInc.getPositionIncrement() > 0) {
                            String surface = text.substring(offset.startOffset(), offset.endOffset());
                            IndexedToken seen = out.get(surface);
                            if (seen == null) {
                                seen = new IndexedToken(surface, new HashSet<>(), id);
                                out.put(surface, seen);
                                terms = seen.terms();
                            } else {
                                terms = null; // the first article holding it is the one to find
                            }
                        }
                        if (terms != null) {
                            terms.add(term.toString());
                        }
                    }
                    stream.end();
                }
            }
        }
        return out;
    }

    private static void copySamples(Path docs) throws IOException {
        Path samples = Path.of("sample-docs");
        try (var files = Files.walk(samples)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target =
                        docs.resolve("samples").resolve(samples.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    /**
     * Articles of 120 words each: dictionary forms sampled across the whole dictionary, every tenth
     * one opening a sentence (so written with a capital), and made-up foreign names in Polish
     * case forms, as news writes unknown companies.
     */
    private static void writeGeneratedFeed(Path file) throws IOException {
        var words = new ArrayList<String>();
        var dictionary = PolishDictionary.morfologik();
        var iterator = new DictionaryIterator(
                dictionary,
                java.nio.charset.Charset.forName(dictionary.metadata.getEncoding())
                        .newDecoder(),
                true);
        int step = 53; // about 4 million forms: every 53rd gives some 75,000
        int i = 0;
        var seen = new HashSet<String>();
        for (WordData wd : (Iterable<WordData>) () -> iterator) {
            if (i++ % step != 0) {
                continue;
            }
            String form = wd.getWord().toString();
            if (form.indexOf(' ') < 0 && form.length() > 1 && seen.add(form)) {
                words.add(form);
            }
        }
        words.addAll(madeUpNames(new Random(7), 2_000));
        var lines = new StringBuilder();
        for (int start = 0, n = 0; start < words.size(); start += 120, n++) {
            var text = new StringBuilder();
            List<String> chunk = words.subList(start, Math.min(words.size(), start + 120));
            for (int w = 0; w < chunk.size(); w++) {
                String word = chunk.get(w);
                boolean opens = w % 10 == 0;
                text.append(opens ? capitalised(word) : word).append(w % 10 == 9 ? ". " : " ");
            }
            var record = Map.of(
                    "id",
                    "g" + n,
                    "title",
                    "Artykuł " + n,
                    "text",
                    text.toString().strip(),
                    "date",
                    "2024-01-01");
            lines.append(JSON.writeValueAsString(record)).append('\n');
        }
        Files.writeString(file, lines);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Foreign-looking names the dictionary does not know, each in the case forms Polish gives it. */
    private static List<String> madeUpNames(Random random, int count) {
        String[] syllables = {
            "ra", "pi", "dus", "get", "ir", "nor", "vex", "tal", "quo", "zen", "ka", "lo", "mar", "tek", "bri", "on",
            "ly", "sy", "dex", "trum", "ax", "vi"
        };
        String[][] declensions = {
            {"", "a", "owi", "em", "u"}, // masculine: Rapidus, Rapidusa, Rapidusowi, Rapidusem
            {"a", "i", "ę", "ą", "y"}, // feminine: Norika, Noriki, Norikę, Noriką
            {"", "'a", "'owi", "'em"}, // apostrophe forms of names ending in a vowel sound
        };
        var out = new ArrayList<String>();
        for (int n = 0; n < count; n++) {
            var stem = new StringBuilder();
            int parts = 2 + random.nextInt(2);
            for (int p = 0; p < parts; p++) {
                stem.append(syllables[random.nextInt(syllables.length)]);
            }
            String name = capitalised(stem.toString());
            for (String ending : declensions[random.nextInt(declensions.length)]) {
                out.add(name + ending);
            }
        }
        return out;
    }
}
