package pl.lupa.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import pl.lupa.analysis.Lemmatizer;
import pl.lupa.analysis.PolishDictionary;

/**
 * The dictionary's lemmas of tokens, for the recognisers' {@link LemmaList}s: the same
 * Morfologik lookup the index's analysis makes, with one {@link Lemmatizer} (and its cache) per
 * thread, since extraction runs on every indexing thread at once. One instance per extractor.
 *
 * <p>Where a rule needs to know more than the lemma — that "akcję" is one share and "akcje"
 * several, that "kanadyjskich" agrees with "dolarów" — it asks for the tagged {@link #readings}.
 */
final class Lemmas {

    private static final int MAX_CACHED_READINGS = 20_000;

    private final ThreadLocal<Lemmatizer> lemmatizers = ThreadLocal.withInitial(Lemmatizer::new);
    /** For the tagged readings, which the index's analysis does not need. */
    private final ThreadLocal<DictionaryLookup> lookups =
            ThreadLocal.withInitial(() -> new DictionaryLookup(PolishDictionary.morfologik()));

    private final ThreadLocal<Map<String, List<Reading>>> readingCaches = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, WordClass>> classCaches = ThreadLocal.withInitial(HashMap::new);

    /** The index terms of token {@code i}: its lemmas, lower case, or its stem when the dictionary does not know it. */
    String[] of(Tokens tokens, int i) {
        String[] kept = tokens.keptLemmas(i);
        if (kept != null) {
            return kept;
        }
        char[] chars = new char[tokens.length(i)];
        tokens.source().getChars(tokens.start(i), tokens.end(i), chars, 0);
        String[] lemmas = lemmatizers.get().terms(chars, chars.length);
        tokens.keepLemmas(i, lemmas);
        return lemmas;
    }

    /**
     * One reading of a form in the dictionary.
     *
     * @param lemma        lower case
     * @param tag          PoliMorf's tags, alternatives joined by {@code +}: {@code subst:sg:acc:f},
     *                     {@code adj:pl:gen:m1.m2.m3.f.n1.n2.p1.p2.p3:pos}
     * @param alternatives the alternatives of the tag, each split into its fields: {@code [subst,
     *                     sg, acc, f]}; split once, as the rules ask about them repeatedly
     */
    record Reading(String lemma, String tag, List<String[]> alternatives) {

        static Reading of(String lemma, String tag) {
            List<String[]> alternatives = new ArrayList<>(2);
            for (String one : tag.split("\\+")) {
                alternatives.add(one.split(":"));
            }
            return new Reading(lemma, tag, List.copyOf(alternatives));
        }

        /** True when some alternative is a part of speech {@code pos} in number {@code number}. */
        boolean is(String pos, String number) {
            for (String[] fields : alternatives) {
                if (fields[0].equals(pos) && fields.length > 1 && fields[1].equals(number)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when some alternative is a part of speech {@code pos} in number {@code number} and
         * a case among {@code grammaticalCase} ("nom.voc" holds "nom"); a null {@code pos} or
         * {@code number} stands for any.
         */
        boolean is(String pos, String number, String grammaticalCase) {
            for (String[] fields : alternatives) {
                if ((pos == null || fields[0].equals(pos))
                        && fields.length > 2
                        && (number == null || fields[1].equals(number))
                        && holds(fields[2], grammaticalCase)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a dotted list of cases ("nom.acc.voc") holds this one. */
        private static boolean holds(String cases, String grammaticalCase) {
            for (int at = cases.indexOf(grammaticalCase); at >= 0; at = cases.indexOf(grammaticalCase, at + 1)) {
                int end = at + grammaticalCase.length();
                if ((at == 0 || cases.charAt(at - 1) == '.') && (end == cases.length() || cases.charAt(end) == '.')) {
                    return true;
                }
            }
            return false;
        }

        /** True when some alternative is of the part of speech {@code pos}, in any form. */
        boolean is(String pos) {
            for (String[] fields : alternatives) {
                if (fields[0].equals(pos)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The dictionary's readings of token {@code i}, as written and in lower case; empty for a word
     * the dictionary does not know. Case matters to the dictionary: "Sztukę" (a surname) is not
     * "sztukę". Cached per thread: the money rules ask about the few words that follow amounts
     * ("za", "w", "dolarów"), over and over.
     */
    List<Reading> readings(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return List.of();
        }
        String written = tokens.text(i);
        Map<String, List<Reading>> cache = readingCaches.get();
        List<Reading> cached = cache.get(written);
        if (cached != null) {
            return cached;
        }
        List<Reading> out = new ArrayList<>(2);
        add(out, written);
        String lower = written.toLowerCase(Locale.ROOT);
        if (!lower.equals(written)) {
            add(out, lower);
        } else if (out.isEmpty()) {
            // a proper name typed in lower case ("zimbabwe"), as lower-cased feeds write them
            add(out, Character.toUpperCase(written.charAt(0)) + written.substring(1));
        }
        List<Reading> readings = List.copyOf(out);
        if (cache.size() >= MAX_CACHED_READINGS) {
            cache.clear(); // a crude bound; the common words are back after a few articles
        }
        cache.put(written, readings);
        return readings;
    }

    /** The dictionary's readings of a word as written (lower case for a common word); empty for one it does not know. */
    List<Reading> readingsOf(String word) {
        List<Reading> out = new ArrayList<>(2);
        add(out, word);
        return out;
    }

    /** How the dictionary knows a word, for telling names from words. */
    enum WordClass {
        /** Not in the dictionary in any case: a name, a foreign word, a typo. */
        UNKNOWN,
        /** A common word, known in lower case ("spółka", "lambda", "bank"). */
        COMMON,
        /** Known only capitalised, as a person's name (PoliMorf's m1 nouns: "Kowalski", "Piotr"). */
        PERSON,
        /** Known only capitalised, as another name: places mostly ("Tokio", "Teksas", "Agora"). */
        PROPER
    }

    private static final WordClass[] WORD_CLASSES = WordClass.values();

    /** How the dictionary knows token {@code i}. */
    WordClass classOf(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return WordClass.UNKNOWN;
        }
        int kept = tokens.keptClass(i);
        if (kept > 0) {
            return WORD_CLASSES[kept - 1];
        }
        String written = tokens.text(i);
        Map<String, WordClass> cache = classCaches.get();
        WordClass found = cache.get(written);
        if (found == null) {
            if (cache.size() >= MAX_CACHED_READINGS) {
                cache.clear();
            }
            found = lookUpClass(written);
            cache.put(written, found);
        }
        tokens.keepClass(i, found.ordinal());
        return found;
    }

    private WordClass lookUpClass(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        var lookup = lookups.get();
        // a name first: "Poznania" is Poznań before it is "poznanie", "Boston" a city before a dance
        String capitalised = lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        boolean person = false;
        boolean known = false;
        for (String form : written.equals(capitalised) ? new String[] {written} : new String[] {written, capitalised}) {
            for (WordData wd : lookup.lookup(form)) {
                CharSequence stem = wd.getStem();
                if (stem == null || stem.length() == 0 || !Character.isUpperCase(stem.charAt(0))) {
                    continue; // a reading of a common word written with a capital
                }
                known = true;
                CharSequence tag = wd.getTag();
                person |= tag != null
                        && tag.toString().startsWith("subst")
                        && tag.toString().contains(":m1");
            }
        }
        if (known) {
            return person ? WordClass.PERSON : WordClass.PROPER;
        }
        for (WordData wd : lookup.lookup(lower)) {
            CharSequence tag = wd.getTag();
            if (tag != null && !tag.toString().startsWith("brev")) {
                return WordClass.COMMON; // an abbreviation's reading ("accel.") makes no common word
            }
        }
        return WordClass.UNKNOWN;
    }

    /** True when some reading of token {@code i} is an adjective's. */
    boolean isAdjective(Tokens tokens, int i) {
        for (Reading r : readings(tokens, i)) {
            if (r.is("adj")) {
                return true;
            }
        }
        return false;
    }

    /** True when the dictionary knows token {@code i} in lower case: a common word. */
    boolean isCommonWord(Tokens tokens, int i) {
        return classOf(tokens, i) == WordClass.COMMON;
    }

    private void add(List<Reading> out, String form) {
        for (WordData wd : lookups.get().lookup(form)) {
            CharSequence stem = wd.getStem();
            CharSequence tag = wd.getTag();
            if (stem != null && stem.length() > 0 && tag != null) {
                out.add(Reading.of(stem.toString().toLowerCase(Locale.ROOT), tag.toString()));
            }
        }
    }

    /**
     * True when an adjective's reading can qualify one of a noun's readings: same number, a case
     * in common, and the adjective's genders include the noun's. With no noun readings ("dol.")
     * any form of the adjective is taken.
     */
    static boolean agrees(Lemmas.Reading adjective, List<Lemmas.Reading> nounReadings) {
        return agrees(adjective, nounReadings, null);
    }

    /** {@link #agrees(Reading, List)} in one number only ({@code sg}, {@code pl}), or in any when null. */
    static boolean agrees(Lemmas.Reading adjective, List<Lemmas.Reading> nounReadings, String number) {
        if (nounReadings.isEmpty()) {
            return true;
        }
        for (String[] adj : adjective.alternatives()) {
            if (!adj[0].equals("adj") || adj.length < 4 || number != null && !adj[1].equals(number)) {
                continue;
            }
            for (Lemmas.Reading noun : nounReadings) {
                for (String[] n : noun.alternatives()) {
                    if (n[0].equals("subst")
                            && n.length >= 4
                            && n[1].equals(adj[1])
                            && shareOne(n[2], adj[2])
                            && shareOne(n[3], adj[3])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when two dot-separated value lists of a tag field ("acc.nom.voc", "gen") share a value. */
    private static boolean shareOne(String a, String b) {
        for (String x : a.split("\\.")) {
            for (String y : b.split("\\.")) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
