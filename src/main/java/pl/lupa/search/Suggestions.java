package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.search.suggest.analyzing.FuzzySuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import pl.lupa.analysis.Lemmatizer;
import pl.lupa.analysis.PolishDictionary;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.analysis.QueryToken;
import pl.lupa.index.ArticleSchema;

/**
 * Completions of what a reader is typing, from one index reader: its companies (with their
 * article counts), the phrases its titles repeat and the words of its titles. Each kind is a
 * Lucene {@link FuzzySuggester}: an FST over {@link SpellingKey}s, so a prefix matches with or
 * without diacritics and with Polish spellings of foreign letters ({@code mikroso} → Microsoft),
 * and with one slip of the finger after its first letter ({@code nvdi} → Nvidia). A prefix that
 * is an inflected word is also looked up as its lemma ({@code Microsoftem} → Microsoft).
 *
 * <p>Built in memory from the reader when a suggestion is first asked of it (see README for the
 * cost); immutable and thread-safe after.
 */
final class Suggestions {

    /** Phrases come from the titles of at most this many articles, the last indexed. */
    static final int MAX_TITLES = 50_000;
    /** A phrase is suggested when this many titles hold it. */
    static final int MIN_PHRASE_TITLES = 2;
    /** A lemma of the body is suggested when this many articles hold it (a typo is in one). */
    static final int MIN_BODY_ARTICLES = 2;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private final FuzzySuggester companies;
    private final FuzzySuggester phrases;
    private final FuzzySuggester words;
    private final Map<String, Integer> companyCounts;
    private final Map<String, Integer> sizes;

    private Suggestions(
            FuzzySuggester companies,
            FuzzySuggester phrases,
            FuzzySuggester words,
            Map<String, Integer> companyCounts,
            Map<String, Integer> sizes) {
        this.companies = companies;
        this.phrases = phrases;
        this.words = words;
        this.companyCounts = Map.copyOf(companyCounts);
        this.sizes = Map.copyOf(sizes);
    }

    /** @param companyCounts each company of the index with its number of articles */
    static Suggestions build(IndexReader reader, Map<String, Integer> companyCounts) throws IOException {
        var lemmatizer = new Lemmatizer();
        Map<String, Integer> phraseCounts = titlePhrases(reader, lemmatizer);
        Map<String, Integer> wordCounts = titleWords(reader);
        bodyLemmas(reader, lemmatizer).forEach((lemma, df) -> wordCounts.merge(lemma, df, Math::max));
        return new Suggestions(
                suggester(companyCounts),
                suggester(phraseCounts),
                suggester(wordCounts),
                companyCounts,
                Map.of(
                        Suggestion.COMPANY, companyCounts.size(),
                        Suggestion.PHRASE, phraseCounts.size(),
                        Suggestion.WORD, wordCounts.size()));
    }

    /** How many entries each kind holds. */
    Map<String, Integer> sizes() {
        return sizes;
    }

    /**
     * Up to {@code size} completions of {@code prefix}: companies first (at most half, so other
     * kinds show too), then phrases, then words; within a kind, those the prefix begins before
     * those reached through a slip, then the most frequent. Words naming a company already offered
     * are left out.
     */
    List<Suggestion> suggest(String prefix, int size, QueryExpander expander) {
        Set<String> keys = keys(prefix, expander);
        if (keys.isEmpty()) {
            return List.of();
        }
        int fetch = Math.max(2 * size, 10);
        var c = lookup(companies, keys, fetch);
        var p = lookup(phrases, keys, fetch);
        var w = lookup(words, keys, fetch);
        if (begun(c) || begun(p) || begun(w)) {
            // what the prefix begins beats what a slip reaches
            c.removeIf(x -> !x.begun());
            p.removeIf(x -> !x.begun());
            w.removeIf(x -> !x.begun());
        }
        var companyKeys = new HashSet<String>();
        c.forEach(x -> companyKeys.add(SpellingKey.of(x.text())));
        // a company's name in another case ("CD Projektu") is the company again
        p.removeIf(x -> namesCompany(x.text(), companyKeys));
        w = distinctWords(w, c, companyKeys, expander);
        p = distinctPhrases(p);
        int half = (size + 1) / 2;
        var takenCompanies = new ArrayList<>(c.subList(0, Math.min(half, c.size())));
        var takenPhrases =
                new ArrayList<>(p.subList(0, Math.min(Math.min(half, size - takenCompanies.size()), p.size())));
        int left = size - takenCompanies.size() - takenPhrases.size();
        var takenWords = new ArrayList<>(w.subList(0, Math.min(left, w.size())));
        // the rest of the room goes to what is left of companies, then phrases
        topUp(takenCompanies, c, size - takenCompanies.size() - takenPhrases.size() - takenWords.size());
        topUp(takenPhrases, p, size - takenCompanies.size() - takenPhrases.size() - takenWords.size());
        var out = new ArrayList<Suggestion>();
        takenCompanies.forEach(x -> out.add(new Suggestion(x.text(), Suggestion.COMPANY, companyCounts.get(x.text()))));
        takenPhrases.forEach(x -> out.add(new Suggestion(x.text(), Suggestion.PHRASE, null)));
        takenWords.forEach(x -> out.add(new Suggestion(x.text(), Suggestion.WORD, null)));
        return out;
    }

    private static void topUp(List<Candidate> taken, List<Candidate> all, int room) {
        for (int i = taken.size(); i < all.size() && room > 0; i++, room--) {
            taken.add(all.get(i));
        }
    }

    /** The prefix's key, and the keys with its last word read as its lemmas. */
    private static Set<String> keys(String prefix, QueryExpander expander) {
        var keys = new LinkedHashSet<String>();
        String key = SpellingKey.of(prefix);
        if (key.isEmpty()) {
            return keys;
        }
        keys.add(key);
        int cut = key.lastIndexOf(' ');
        String head = cut < 0 ? "" : key.substring(0, cut + 1);
        List<QueryToken> tokens = expander.expand(prefix, true);
        if (!tokens.isEmpty()) {
            for (String lemma : tokens.get(tokens.size() - 1).lemmas()) {
                String lemmaKey = SpellingKey.of(lemma);
                // a stem shorter than the prefix adds nothing the prefix does not find
                if (lemmaKey.length() >= 3 && !key.endsWith(lemmaKey)) {
                    keys.add(head + lemmaKey);
                }
            }
        }
        return keys;
    }

    private static boolean namesCompany(String phrase, Set<String> companyKeys) {
        String key = SpellingKey.of(phrase);
        return companyKeys.stream().anyMatch(c -> key.startsWith(c) && key.indexOf(' ', c.length()) < 0);
    }

    private static Set<String> lemmasOf(String text, QueryExpander expander) {
        var lemmas = new HashSet<String>();
        for (QueryToken t : expander.expand(text, true)) {
            lemmas.addAll(t.lemmas());
        }
        return lemmas;
    }

    /** Phrases that only lengthen one listed before them ("Nvidia traci prawie" after "Nvidia traci") are left out. */
    private static List<Candidate> distinctPhrases(List<Candidate> phrases) {
        var out = new ArrayList<Candidate>();
        var keys = new ArrayList<String>();
        for (Candidate p : phrases) {
            String key = SpellingKey.of(p.text());
            if (keys.stream().noneMatch(k -> key.startsWith(k + " ") || k.startsWith(key + " "))) {
                out.add(p);
                keys.add(key);
            }
        }
        return out;
    }

    private static boolean begun(List<Candidate> candidates) {
        return candidates.stream().anyMatch(Candidate::begun);
    }

    /** One form per lemma (the first, most frequent), none of a company offered ("microsoftowi"). */
    private static List<Candidate> distinctWords(
            List<Candidate> words, List<Candidate> companies, Set<String> companyKeys, QueryExpander expander) {
        var companyLemmas = new HashSet<String>();
        companies.forEach(c -> companyLemmas.addAll(lemmasOf(c.text(), expander)));
        var out = new ArrayList<Candidate>();
        var lemmasTaken = new HashSet<String>();
        for (Candidate w : words) {
            String key = SpellingKey.of(w.text());
            if (companyKeys.stream().anyMatch(key::startsWith)) {
                continue;
            }
            var lemmas = lemmasOf(w.text(), expander);
            if (lemmas.stream().anyMatch(companyLemmas::contains)) {
                continue; // nvidii: a form of Nvidia
            }
            if (lemmas.stream().noneMatch(lemmasTaken::contains)) {
                out.add(w);
            }
            lemmasTaken.addAll(lemmas);
        }
        return out;
    }

    private record Candidate(String text, long weight, boolean begun) {}

    private static List<Candidate> lookup(FuzzySuggester suggester, Set<String> keys, int fetch) {
        var found = new LinkedHashMap<String, Candidate>();
        try {
            for (String key : keys) {
                if (suggester.getCount() == 0) {
                    break;
                }
                for (Lookup.LookupResult r : suggester.lookup(key, false, fetch)) {
                    String text = r.key.toString();
                    boolean begun = keys.stream().anyMatch(SpellingKey.of(text)::startsWith);
                    found.merge(text, new Candidate(text, r.value, begun), (a, b) -> a.begun() ? a : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("looking up suggestions failed", e);
        }
        var list = new ArrayList<>(found.values());
        list.sort(Comparator.comparing(Candidate::begun)
                .reversed()
                .thenComparing(Comparator.comparingLong(Candidate::weight).reversed())
                .thenComparing(Candidate::text));
        return list;
    }

    /** Word bigrams and trigrams of titles, neither beginning nor ending with a stop word or a number. */
    private static Map<String, Integer> titlePhrases(IndexReader reader, Lemmatizer lemmatizer) throws IOException {
        var counts = new HashMap<String, Map<String, Integer>>(); // key → written form → titles
        StoredFields stored = reader.storedFields();
        int seen = 0;
        Set<String> fields = Set.of(ArticleSchema.TITLE);
        var liveOf = new org.apache.lucene.util.Bits[reader.leaves().size()];
        for (var leaf : reader.leaves()) {
            liveOf[leaf.ord] = leaf.reader().getLiveDocs();
        }
        for (int li = reader.leaves().size() - 1; li >= 0 && seen < MAX_TITLES; li--) {
            var leaf = reader.leaves().get(li);
            var live = liveOf[li];
            for (int doc = leaf.reader().maxDoc() - 1; doc >= 0 && seen < MAX_TITLES; doc--) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                seen++;
                String title = stored.document(leaf.docBase + doc, fields).get(ArticleSchema.TITLE);
                if (title != null) {
                    addPhrases(title, lemmatizer, counts);
                }
            }
        }
        var out = new HashMap<String, Integer>();
        counts.forEach((key, forms) -> {
            int total = forms.values().stream().mapToInt(Integer::intValue).sum();
            if (total >= MIN_PHRASE_TITLES) {
                String form = forms.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow()
                        .getKey();
                out.put(form, total);
            }
        });
        return out;
    }

    /** Where a title's phrases stop: sentence and clause punctuation, quotes, brackets, dashes. */
    private static final Pattern BREAK = Pattern.compile("[.:;!?,\"„”“«»()\\[\\]–—]|\\s-\\s");

    private static void addPhrases(String title, Lemmatizer lemmatizer, Map<String, Map<String, Integer>> counts) {
        var inTitle = new HashSet<String>();
        boolean first = true;
        for (String segment : BREAK.split(title)) {
            var words = new ArrayList<String>();
            var m = WORD.matcher(segment);
            while (m.find()) {
                words.add(m.group());
            }
            if (first && !words.isEmpty()) {
                lowerTitleCapital(words, lemmatizer);
            }
            first = false;
            for (int n = 2; n <= 3; n++) {
                for (int i = 0; i + n <= words.size(); i++) {
                    if (!edge(words.get(i)) || !edge(words.get(i + n - 1)) || hasNumber(words.subList(i, i + n))) {
                        continue; // "inwestuje 41 mld" is no phrase anyone searches for
                    }
                    String form = String.join(" ", words.subList(i, i + n));
                    String key = SpellingKey.of(form);
                    if (inTitle.add(key)) {
                        counts.computeIfAbsent(key, k -> new HashMap<>()).merge(form, 1, Integer::sum);
                    }
                }
            }
        }
    }

    /** A title's capital is no part of its first word ("Nowe centrum" → nowe centrum). */
    private static void lowerTitleCapital(List<String> words, Lemmatizer lemmatizer) {
        String first = words.get(0);
        if (first.length() > 1
                && lemmatizer.knownAsWritten(first.toLowerCase(Locale.ROOT))
                && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT))) {
            words.set(0, first.toLowerCase(Locale.ROOT));
        }
    }

    private static boolean hasNumber(List<String> words) {
        return words.stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit));
    }

    private static boolean edge(String word) {
        return word.length() > 1
                && !PolishDictionary.stopWords().contains(word.toLowerCase(Locale.ROOT))
                && !word.chars().allMatch(Character::isDigit);
    }

    /** The written forms of titles (lower case) with their number of titles; no stop words or numbers. */
    private static Map<String, Integer> titleWords(IndexReader reader) throws IOException {
        var out = new HashMap<String, Integer>();
        var terms = MultiTerms.getTerms(reader, ArticleSchema.TITLE_EXACT);
        if (terms == null) {
            return out;
        }
        var it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            String word = t.utf8ToString();
            if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)) {
                out.put(word, it.docFreq());
            }
        }
        return out;
    }

    /** Body terms the dictionary knows as lemmas, held by {@value #MIN_BODY_ARTICLES} articles or more. */
    private static Map<String, Integer> bodyLemmas(IndexReader reader, Lemmatizer lemmatizer) throws IOException {
        var out = new HashMap<String, Integer>();
        var terms = MultiTerms.getTerms(reader, ArticleSchema.BODY);
        if (terms == null) {
            return out;
        }
        var it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            int df = it.docFreq();
            if (df < MIN_BODY_ARTICLES || t.length < 3) {
                continue;
            }
            String term = t.utf8ToString();
            if (term.chars().allMatch(Character::isLetter)
                    && !PolishDictionary.stopWords().contains(term)
                    && java.util.Arrays.asList(lemmatizer.lemmas(term)).contains(term)) {
                out.put(term, df);
            }
        }
        return out;
    }

    private static FuzzySuggester suggester(Map<String, Integer> entries) throws IOException {
        Analyzer keys = new KeyAnalyzer();
        try (var tmp = new ByteBuffersDirectory()) {
            var s = new FuzzySuggester(
                    tmp,
                    "suggest",
                    keys,
                    keys,
                    AnalyzingSuggester.EXACT_FIRST | AnalyzingSuggester.PRESERVE_SEP,
                    256,
                    -1,
                    true,
                    FuzzySuggester.DEFAULT_MAX_EDITS,
                    true,
                    FuzzySuggester.DEFAULT_NON_FUZZY_PREFIX,
                    FuzzySuggester.DEFAULT_MIN_FUZZY_LENGTH,
                    false);
            s.build(new Entries(entries));
            return s;
        }
    }

    /** The whole text as one token, its {@link SpellingKey}. */
    private static final class KeyAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new KeyFilter(source));
        }
    }

    private static final class KeyFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        KeyFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String key = SpellingKey.of(term.toString());
            term.setEmpty().append(key);
            return true;
        }
    }

    /** Entries for a suggester: text and weight, no payloads or contexts. */
    private static final class Entries implements InputIterator {
        private final Iterator<Map.Entry<String, Integer>> it;
        private final BytesRefBuilder current = new BytesRefBuilder();
        private long weight;

        Entries(Map<String, Integer> entries) {
            // the key of an empty text is empty: such an entry could only be reached by every prefix
            this.it = entries.entrySet().stream()
                    .filter(e -> !SpellingKey.of(e.getKey()).isEmpty())
                    .iterator();
        }

        @Override
        public BytesRef next() {
            if (!it.hasNext()) {
                return null;
            }
            var e = it.next();
            current.copyChars(e.getKey());
            weight = e.getValue();
            return current.get();
        }

        @Override
        public long weight() {
            return weight;
        }

        @Override
        public BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
