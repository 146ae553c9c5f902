package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.FuzzySuggester;
import pl.lupa.analysis.Lemmatizer;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.analysis.QueryToken;

/**
 * Completions of what a reader is typing, from one index reader: its companies (with their
 * article counts), the phrases its titles repeat and the words of its titles. Each kind is a
 * Lucene {@link FuzzySuggester}: an FST over {@link SpellingKey}s, so a prefix matches with or
 * without diacritics and with Polish spellings of foreign letters ({@code mikroso} → Microsoft),
 * and with one slip of the finger after its first letter ({@code nvdi} → Nvidia). A prefix that
 * is an inflected word is also looked up as its lemma ({@code Microsoftem} → Microsoft).
 *
 * <p>Built in memory from one reader, on a background thread ({@link LiveSuggestions}: about 5 s
 * at 100,000 articles); immutable and thread-safe after.
 */
final class Suggestions {

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
        return build(
                SuggestionSources.titlePhrases(SuggestionSources.lastTitles(reader), lemmatizer),
                SuggestionSources.titleWords(reader),
                SuggestionSources.bodyLemmas(reader, lemmatizer),
                companyCounts);
    }

    /**
     * @param phraseCounts the phrases titles repeat, each with its number of titles
     * @param titleWords   the words of titles, each with its number of titles
     * @param bodyLemmas   the body's dictionary lemmas, each with its number of articles
     * @param companyCounts each company of the index with its number of articles
     */
    static Suggestions build(
            Map<String, Integer> phraseCounts,
            Map<String, Integer> titleWords,
            Map<String, Integer> bodyLemmas,
            Map<String, Integer> companyCounts) {
        var wordCounts = new java.util.HashMap<>(titleWords);
        bodyLemmas.forEach((lemma, df) -> wordCounts.merge(lemma, df, Math::max));
        try {
            return new Suggestions(
                    KeyedSuggesters.of(companyCounts),
                    KeyedSuggesters.of(phraseCounts),
                    KeyedSuggesters.of(wordCounts),
                    companyCounts,
                    Map.of(
                            Suggestion.COMPANY, companyCounts.size(),
                            Suggestion.PHRASE, phraseCounts.size(),
                            Suggestion.WORD, wordCounts.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("building the suggesters in memory failed", e);
        }
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
}
