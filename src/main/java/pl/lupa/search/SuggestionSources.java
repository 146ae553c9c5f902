package pl.lupa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import pl.lupa.analysis.Lemmatizer;
import pl.lupa.analysis.PolishDictionary;
import pl.lupa.index.ArticleSchema;

/**
 * What the suggestions are made of, read from one index reader: the phrases titles repeat, the
 * words of titles and the body's dictionary lemmas, each with how many articles hold it.
 */
final class SuggestionSources {

    /** Phrases come from the titles of at most this many articles, the last indexed. */
    static final int MAX_TITLES = 50_000;
    /** A phrase is suggested when this many titles hold it. */
    static final int MIN_PHRASE_TITLES = 2;
    /** A lemma of the body is suggested when this many articles hold it (a typo is in one). */
    static final int MIN_BODY_ARTICLES = 2;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private SuggestionSources() {}

    /** The titles of the last {@value #MAX_TITLES} articles indexed, newest first. */
    static List<String> lastTitles(IndexReader reader) throws IOException {
        var out = new ArrayList<String>();
        StoredFields stored = reader.storedFields();
        Set<String> fields = Set.of(ArticleSchema.TITLE);
        for (int li = reader.leaves().size() - 1; li >= 0 && out.size() < MAX_TITLES; li--) {
            var leaf = reader.leaves().get(li);
            var live = leaf.reader().getLiveDocs();
            for (int doc = leaf.reader().maxDoc() - 1; doc >= 0 && out.size() < MAX_TITLES; doc--) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String title = stored.document(leaf.docBase + doc, fields).get(ArticleSchema.TITLE);
                out.add(title == null ? "" : title);
            }
        }
        return out;
    }

    /**
     * Word bigrams and trigrams of titles, neither beginning nor ending with a stop word or a
     * number, held by {@value #MIN_PHRASE_TITLES} titles or more, each in its most frequent form.
     */
    static Map<String, Integer> titlePhrases(List<String> titles, Lemmatizer lemmatizer) {
        var counts = new HashMap<String, Map<String, Integer>>(); // key → written form → titles
        for (String title : titles) {
            addPhrases(title, lemmatizer, counts);
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
    static Map<String, Integer> titleWords(IndexReader reader) throws IOException {
        var out = new HashMap<String, Integer>();
        forEachTerm(reader, ArticleSchema.TITLE_EXACT, (word, df) -> {
            if (titleWord(word)) {
                out.put(word, df);
            }
        });
        return out;
    }

    /** Whether a term of the titles' written forms is a word to suggest: three letters or more. */
    static boolean titleWord(String term) {
        return term.length() >= 3 && term.chars().allMatch(Character::isLetter);
    }

    /** Body terms the dictionary knows as lemmas, held by {@value #MIN_BODY_ARTICLES} articles or more. */
    static Map<String, Integer> bodyLemmas(IndexReader reader, Lemmatizer lemmatizer) throws IOException {
        var out = new HashMap<String, Integer>();
        forEachTerm(reader, ArticleSchema.BODY, (term, df) -> {
            if (bodyLemma(term, df, lemmatizer)) {
                out.put(term, df);
            }
        });
        return out;
    }

    /**
     * Whether a term of the body, held by {@code df} articles, is a word to suggest: a lemma the
     * dictionary knows, of three letters or more, no stop word, in {@value #MIN_BODY_ARTICLES} articles.
     */
    static boolean bodyLemma(String term, int df, Lemmatizer lemmatizer) {
        return df >= MIN_BODY_ARTICLES
                && term.length() >= 3
                && term.chars().allMatch(Character::isLetter)
                && !PolishDictionary.stopWords().contains(term)
                && java.util.Arrays.asList(lemmatizer.lemmas(term)).contains(term);
    }

    private static void forEachTerm(IndexReader reader, String field, java.util.function.ObjIntConsumer<String> each)
            throws IOException {
        var terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        var it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            each.accept(t.utf8ToString(), it.docFreq());
        }
    }
}
