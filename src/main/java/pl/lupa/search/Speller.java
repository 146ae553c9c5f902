package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import pl.lupa.analysis.Diacritics;
import pl.lupa.analysis.Lemmatizer;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.analysis.QueryToken;
import pl.lupa.index.ArticleSchema;

/**
 * Corrections of the words of a query that neither the Polish dictionary nor the index knows
 * ({@code Micorsoftem}, {@code Nvida}), from the index's own vocabulary: its company names
 * (inflected as the typed word is: Micorsoftem → Microsoftem) and the lemmas of its articles
 * (through Lucene's {@link DirectSpellChecker}), the closest by {@link SpellingKey#distance} and
 * among equally close the one in most articles. A word the dictionary knows or the index holds is
 * never corrected, however rare: only words nobody could find are.
 *
 * <p>What it reads of the articles ({@link Words}) is one index reader's or a SolrCloud
 * collection's, in a few requests per query: the counts of every word's terms at once.
 *
 * <p>Thread-safe: one lemmatiser per thread, the spell checker holds no state between calls.
 */
final class Speller {

    /** What the speller reads of the articles. */
    interface Words extends ArticleCounts {

        /**
         * Up to {@value #SIMILAR} body terms close to {@code term}, as Lucene's {@link
         * DirectSpellChecker} finds and ranks them (its settings here), each with its number of articles.
         */
        List<SuggestWord> similar(String term);
    }

    /** How many close terms {@link Words#similar} lists. */
    static final int SIMILAR = 10;

    /** Words of a query text as the corrections name them; a hyphen or a digit ends one. */
    private static final Pattern WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}'’-])[\\p{L}]+(?:['’][\\p{L}]+)?(?![\\p{L}\\p{N}-])");
    /** Shorter words have too many neighbours to guess which was meant. */
    static final int MIN_LENGTH = 4;
    /** The longest inflectional ending carried over from the typed word to a correction. */
    private static final int MAX_ENDING = 3;

    private final QueryExpander expander;
    private final ThreadLocal<Lemmatizer> lemmatizers = ThreadLocal.withInitial(Lemmatizer::new);
    private final DirectSpellChecker checker = checker();

    Speller(QueryExpander expander) {
        this.expander = expander;
    }

    /** Lucene's spell checker as the speller uses it: two edits, the first letter kept, from three letters. */
    static DirectSpellChecker checker() {
        var checker = new DirectSpellChecker();
        checker.setMinPrefix(1);
        checker.setMaxEdits(2);
        checker.setMinQueryLength(MIN_LENGTH - 1);
        return checker;
    }

    /** The accuracy below which {@link Words#similar} leaves a close term out. */
    static final float ACCURACY = 0.5f;

    /** What one index reader holds, its close terms found by {@link #checker()}. */
    Words words(IndexReader reader) {
        ArticleCounts counts = ArticleCounts.of(reader);
        return new Words() {
            @Override
            public Map<Term, Long> docFreqs(java.util.Collection<Term> terms) {
                return counts.docFreqs(terms);
            }

            @Override
            public List<SuggestWord> similar(String term) {
                try {
                    return List.of(checker.suggestSimilar(
                            new Term(ArticleSchema.BODY, term), SIMILAR, reader, SuggestMode.SUGGEST_ALWAYS, ACCURACY));
                } catch (IOException e) {
                    throw new UncheckedIOException("reading the index's terms failed", e);
                }
            }
        };
    }

    /** Edits a correction may be away from the typed word's key: one for short words, two from six letters. */
    static double allowed(String key) {
        return key.length() < 6 ? 1 : 2;
    }

    /**
     * The typed words to correct, each with its correction, in the order of the text. Negated
     * words ({@code -slowo}) and quoted phrases are as the user wants them and stay.
     */
    Map<String, String> corrections(
            String query, Words words, CompanyNames companies, Map<String, Integer> companyCounts) {
        var unknown = notInDictionary(query);
        if (unknown.isEmpty()) {
            return Map.of();
        }
        // the terms of every word not in the dictionary, counted at once
        var termsOf = new LinkedHashMap<String, List<Term>>();
        for (String word : unknown) {
            termsOf.put(word, indexTerms(word));
        }
        Map<Term, Long> counts = words.docFreqs(
                termsOf.values().stream().flatMap(List::stream).distinct().toList());
        var out = new LinkedHashMap<String, String>();
        for (String word : unknown) {
            if (termsOf.get(word).stream().noneMatch(t -> counts.getOrDefault(t, 0L) > 0)) {
                correct(word, words, companies, companyCounts).ifPresent(c -> out.put(word, c));
            }
        }
        return out;
    }

    /**
     * The terms each corrected word (lower case) is also searched through; none for a correction
     * of several words (CD Projektu), which only the did-you-mean offers.
     */
    Map<String, List<String>> tolerance(Map<String, String> corrections) {
        var out = new java.util.HashMap<String, List<String>>();
        corrections.forEach((word, fix) -> {
            var typed = expander.expand(word, true);
            var tokens = expander.expand(fix, true);
            if (typed.size() == 1 && tokens.size() == 1) {
                out.put(typed.get(0).exact(), tokens.get(0).lemmas());
            }
        });
        return out;
    }

    /** The text with quoted phrases and negated words blanked out. */
    private static String stripExplicit(String query) {
        return query.replaceAll("\"[^\"]*\"?", " ").replaceAll("(^|\\s)-\\S+", " ");
    }

    /** The query with each corrected word replaced, all else as typed. */
    static String apply(String query, Map<String, String> corrections) {
        var sb = new StringBuilder();
        Matcher m = WORD.matcher(query);
        int last = 0;
        while (m.find()) {
            String fix = corrections.get(m.group());
            if (fix != null) {
                sb.append(query, last, m.start()).append(fix);
                last = m.end();
            }
        }
        return sb.append(query.substring(last)).toString();
    }

    /** The words of a query the speller looks for among the articles' terms: those the dictionary does not know. */
    private java.util.Set<String> notInDictionary(String query) {
        var out = new java.util.LinkedHashSet<String>();
        Matcher m = WORD.matcher(stripExplicit(query));
        while (m.find()) {
            String word = m.group();
            if (word.length() >= MIN_LENGTH && !word.equals("OR") && !inDictionary(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * The terms whose counts {@link #corrections} reads first for a query: a backend that counts
     * in requests can count them together with others of the same search.
     */
    List<Term> countedTerms(String query) {
        return notInDictionary(query).stream()
                .flatMap(w -> indexTerms(w).stream())
                .distinct()
                .toList();
    }

    /** Whether the dictionary knows the word as written, capitalised or in lower case, or without its diacritics. */
    private boolean inDictionary(String word) {
        Lemmatizer lemmatizer = lemmatizers.get();
        String lower = word.toLowerCase(Locale.ROOT);
        String capital = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        if (lemmatizer.knownAsWritten(word) || lemmatizer.knownAsWritten(lower) || lemmatizer.knownAsWritten(capital)) {
            return true;
        }
        // a word typed without its diacritics
        return !Diacritics.hasPolishDiacritics(lower)
                && !Diacritics.restore(lower).isEmpty();
    }

    /** The terms the query side makes of a word, in the fields a search reads. */
    private List<Term> indexTerms(String word) {
        var out = new java.util.LinkedHashSet<Term>();
        for (QueryToken t : expander.expand(word, true)) {
            for (List<String> terms : List.of(t.lemmas(), t.folded())) {
                for (String term : terms) {
                    for (String field :
                            List.of(ArticleSchema.BODY, ArticleSchema.TITLE, ArticleSchema.COMPANIES_TEXT)) {
                        out.add(new Term(field, term));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private record Candidate(String text, double distance, long weight) {
        boolean beats(Candidate other) {
            return other == null || distance < other.distance || (distance == other.distance && weight > other.weight);
        }
    }

    /** The best correction of an unknown word, if one is close enough. */
    Optional<String> correct(String word, Words words, CompanyNames companies, Map<String, Integer> counts) {
        String key = SpellingKey.of(word);
        Candidate best = null;
        for (String name : companies.names()) {
            Candidate c = asCompany(word, key, name, counts.getOrDefault(name, 0));
            if (c != null && c.beats(best)) {
                best = c;
            }
        }
        Candidate company = best;
        for (Candidate c : confusions(word, words)) {
            if (c.beats(best)) {
                best = c;
            }
        }
        var tried = new java.util.HashSet<String>();
        for (String term : stems(word)) {
            for (SuggestWord s : words.similar(term)) {
                if (!tried.add(s.string)) {
                    continue;
                }
                // measured as the reader sees it: the correction, inflected as typed, against the typed word
                String text = CorrectedForms.inflect(lemmatizers.get(), word, s.string);
                double d = SpellingKey.distance(SpellingKey.of(text), key);
                if (d > allowed(key)) {
                    continue;
                }
                var c = new Candidate(text, d, s.freq);
                // a company's name beats a term as close as it: the name is what people type
                if (c.beats(best) && (company == null || d < company.distance())) {
                    best = c;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String text = best.text();
        return Optional.of(CorrectedForms.matchCase(word, text));
    }

    /**
     * What to look for close terms of: the terms the query side makes of the word, and the word
     * without its last one to three letters (półprzewodnkiów → półprzewodnk), for a slip the
     * stemmer could not see past.
     */
    private List<String> stems(String word) {
        var out = new java.util.LinkedHashSet<String>();
        for (QueryToken t : expander.expand(word, true)) {
            out.addAll(t.lemmas());
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (int e = 1; e <= MAX_ENDING && lower.length() - e >= MIN_LENGTH; e++) {
            out.add(lower.substring(0, lower.length() - e));
        }
        return List.copyOf(out);
    }

    /**
     * Dictionary words the typed one is when one Polish confusion is undone and its diacritics
     * restored ({@code zrudla} → źródła, {@code hleb} → chleb, {@code żeka} → rzeka), if the index
     * holds them; each at {@link SpellingKey#VOWEL_CONFUSION}.
     */
    private List<Candidate> confusions(String word, Words words) {
        Lemmatizer lemmatizer = lemmatizers.get();
        String folded = Diacritics.fold(word);
        var lemmasOf = new LinkedHashMap<String, List<Term>>();
        for (String variant : confused(folded)) {
            for (String form : Diacritics.restore(variant)) {
                lemmasOf.computeIfAbsent(
                        form,
                        f -> Arrays.stream(lemmatizer.lemmas(f))
                                .map(lemma -> new Term(ArticleSchema.BODY, lemma))
                                .toList());
            }
        }
        Map<Term, Long> counts = words.docFreqs(
                lemmasOf.values().stream().flatMap(List::stream).distinct().toList());
        var out = new java.util.ArrayList<Candidate>();
        lemmasOf.forEach((form, lemmas) -> {
            long df = lemmas.stream()
                    .mapToLong(t -> counts.getOrDefault(t, 0L))
                    .max()
                    .orElse(0);
            if (df > 0) {
                out.add(new Candidate(form, SpellingKey.VOWEL_CONFUSION, df));
            }
        });
        return out;
    }

    /** The folded word with one of u/o, rz/z, ch/h swapped, each way, at every place. */
    static List<String> confused(String folded) {
        String[][] pairs = {{"u", "o"}, {"o", "u"}, {"rz", "z"}, {"z", "rz"}, {"ch", "h"}, {"h", "ch"}};
        var out = new java.util.ArrayList<String>();
        for (String[] p : pairs) {
            for (int i = folded.indexOf(p[0]); i >= 0; i = folded.indexOf(p[0], i + 1)) {
                if (p[0].equals("h") && i > 0 && folded.charAt(i - 1) == 'c') {
                    continue; // the h of ch
                }
                if (p[0].equals("z") && i > 0 && folded.charAt(i - 1) == 'r') {
                    continue; // the z of rz
                }
                out.add(folded.substring(0, i) + p[1] + folded.substring(i + p[0].length()));
            }
        }
        return out;
    }

    /** The company name, with the typed word's ending when the word is its inflected form. */
    private Candidate asCompany(String word, String key, String name, int count) {
        String nameKey = SpellingKey.of(name);
        if (nameKey.isEmpty() || Math.abs(nameKey.length() - key.length()) > MAX_ENDING + 2) {
            return null;
        }
        Candidate best = null;
        for (int e = 0; e <= MAX_ENDING && e < key.length() - 1; e++) {
            double d = SpellingKey.distance(key.substring(0, key.length() - e), nameKey);
            if (d > allowed(nameKey)) {
                continue;
            }
            String text = e == 0 ? name : name + word.substring(word.length() - e);
            if (e > 0 && !sameLemma(text, name)) {
                continue;
            }
            if (best == null || d < best.distance()) {
                best = new Candidate(text, d, count);
            }
        }
        return best;
    }

    /** Whether the last words of both are read as one lemma (Projektu and Projekt). */
    private boolean sameLemma(String form, String name) {
        Lemmatizer lemmatizer = lemmatizers.get();
        var of = Arrays.asList(lemmatizer.terms(lastWord(form)));
        return Arrays.stream(lemmatizer.terms(lastWord(name))).anyMatch(of::contains);
    }

    private static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }
}
