package pl.lupa.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Surface form → index terms: the dictionary's lemmas, or the {@link UnknownWordStemmer} stem
 * when the dictionary does not know the word. Not thread-safe: each analysis thread owns one
 * (Lucene reuses token streams per thread), and with it a cache, because Morfologik lookups are
 * the main cost of Polish indexing and news text repeats its words.
 */
public final class Lemmatizer {

    private static final int MAX_CACHED = 200_000;

    private final DictionaryLookup lookup = new DictionaryLookup(PolishDictionary.morfologik());
    private final FormCache cache = new FormCache(MAX_CACHED);

    /**
     * Terms for one token: lower case, distinct, in dictionary order.
     *
     * @param surface the token as written, case preserved: Morfologik keeps proper names
     *                capitalised ({@code Kraków}), so the written form is looked up first
     */
    public String[] terms(String surface) {
        return terms(surface.toCharArray(), surface.length());
    }

    /** {@link #terms(String)} for a token buffer, as a token filter holds it. */
    public String[] terms(char[] buffer, int length) {
        int hash = FormCache.hash(buffer, length);
        String[] cached = cache.get(buffer, length, hash);
        if (cached != null) {
            return cached;
        }
        String surface = new String(buffer, 0, length);
        String[] terms = lemmas(surface);
        if (terms.length == 0) {
            terms = UnknownWordStemmer.terms(surface);
        }
        cache.put(buffer, length, hash, terms);
        return terms;
    }

    /** The dictionary's lemmas, lower case and distinct; empty when the word is unknown. */
    public String[] lemmas(String surface) {
        String word = normalizeApostrophe(surface);
        var out = new ArrayList<String>(2);
        add(out, word);
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.equals(word)) {
            add(out, lower);
        } else if (out.isEmpty() && !word.isEmpty()) {
            add(out, Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toArray(String[]::new);
    }

    /**
     * Whether the dictionary knows the word as the lemma of a noun: a common noun in lower case
     * ({@code gaz}, {@code nafta}), or with {@code proper} a name, capitalised ({@code Polska}).
     */
    public boolean isNounLemma(String lowerCase, boolean proper) {
        String form = proper ? Character.toUpperCase(lowerCase.charAt(0)) + lowerCase.substring(1) : lowerCase;
        for (WordData wd : lookup.lookup(form)) {
            CharSequence tag = wd.getTag();
            if (tag != null && tag.toString().startsWith("subst") && form.contentEquals(wd.getStem())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dictionary knows the form as an adjective (so it may be made from a noun). */
    public boolean isAdjective(String form) {
        for (WordData wd : lookup.lookup(form)) {
            CharSequence tag = wd.getTag();
            if (tag != null && tag.toString().contains("adj:")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dictionary knows the word (lower case) as the lemma of an adjective: {@code gazowy}. */
    public boolean isAdjectiveLemma(String lowerCase) {
        for (WordData wd : lookup.lookup(lowerCase)) {
            CharSequence tag = wd.getTag();
            if (tag != null && tag.toString().startsWith("adj:") && lowerCase.contentEquals(wd.getStem())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dictionary knows the form exactly as written. */
    public boolean knownAsWritten(String surface) {
        return !lookup.lookup(normalizeApostrophe(surface)).isEmpty();
    }

    private void add(List<String> out, String form) {
        List<WordData> found = lookup.lookup(form);
        for (WordData wd : found) {
            CharSequence stem = wd.getStem();
            if (stem == null || stem.length() == 0) {
                continue;
            }
            String written = stem.toString();
            if (written.indexOf(' ') >= 0) {
                continue; // multi-word lemmas of abbreviations ("CD" → "ciąg dalszy") are not terms
            }
            addOnce(out, written.toLowerCase(Locale.ROOT));
            if (Character.isUpperCase(written.charAt(0))) {
                // The dictionary knows some forms of a foreign name but not others (Google, but
                // not Googlem): the stem joins the known forms with the unknown ones.
                addOnce(out, UnknownWordStemmer.stem(written));
            }
        }
    }

    private static void addOnce(List<String> out, String term) {
        if (!out.contains(term)) {
            out.add(term);
        }
    }

    static String normalizeApostrophe(String s) {
        return s.indexOf('\u2019') >= 0 ? s.replace('\u2019', '\'') : s;
    }
}
