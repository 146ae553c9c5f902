package pl.lupa.extract;

import java.util.Locale;
import java.util.Map;

/**
 * An immutable map with string keys that is looked up by a stretch of a longer text.
 *
 * <p>The recognisers ask about nearly every token of every article (is it a month, a currency,
 * the first word of a company?). With a {@code HashMap<String, V>} each question costs a
 * substring, often a lower-cased copy too, which made allocation and copying a large share of
 * extraction. Here the hash is computed from the characters where they stand and a key is
 * compared in place, so a lookup allocates nothing. Open addressing with linear probing over a
 * table at most half full keeps the probes short.
 *
 * <p>Most questions are answered "no", and the company tables are large enough that probing them
 * for every word of an article misses the processor caches. A bit per hash in a small filter
 * (sixteen bits per key, so about one word in sixteen gets past it) settles most of them first.
 */
final class SpanMap<V> {

    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    private final long[] filter;
    private final int filterMask;

    private SpanMap(Map<String, ? extends V> map) {
        int capacity = Integer.highestOneBit(Math.max(2, map.size()) * 2 - 1) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        int filterBits = Integer.highestOneBit(Math.max(64, map.size() * 16) - 1) << 1;
        filter = new long[filterBits / 64];
        filterMask = filterBits - 1;
        map.forEach((key, value) -> {
            int hash = hash(key, 0, key.length());
            int slot = spread(hash) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = hash;
            values[slot] = value;
            int bit = filterBit(hash);
            filter[bit >>> 6] |= 1L << bit;
        });
    }

    static <V> SpanMap<V> of(Map<String, ? extends V> map) {
        return new SpanMap<>(map);
    }

    /** The value of the key equal to {@code text[start, end)}, or null. */
    V get(CharSequence text, int start, int end) {
        return find(hash(text, start, end), text, start, end, false);
    }

    /**
     * The value of the key with this hash equal to {@code text[start, end)}, compared as it stands
     * or, with {@code lowerCase}, with the text's characters lower-cased one by one.
     */
    @SuppressWarnings("unchecked")
    private V find(int hash, CharSequence text, int start, int end, boolean lowerCase) {
        int bit = filterBit(hash);
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return null;
        }
        int length = end - start;
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (hashes[slot] == hash
                    && key.length() == length
                    && (lowerCase ? equalLowerCase(key, text, start) : equal(key, text, start))) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** The value of the key equal to the whole of {@code text}, or null. */
    V get(CharSequence text) {
        return get(text, 0, text.length());
    }

    /** The value of the key equal to token {@code i}, or null. */
    V get(Tokens tokens, int i) {
        return find(tokens.hash(i), tokens.source(), tokens.start(i), tokens.end(i), false);
    }

    /**
     * The value of the key equal to {@code text[start, end)} lower-cased as
     * {@code toLowerCase(Locale.ROOT)} would, or null. Meant for maps whose keys are lower-case.
     */
    V getLowerCase(CharSequence text, int start, int end) {
        int hash = 0;
        for (int p = start; p < end; p++) {
            char c = text.charAt(p);
            if (!lowersAlone(c)) {
                return get(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + lower(c);
        }
        return find(hash, text, start, end, true);
    }

    /** The value of the key equal to token {@code i} lower-cased, or null. */
    V getLowerCase(Tokens tokens, int i) {
        if (tokens.isLowerCase(i)) {
            return find(tokens.hash(i), tokens.source(), tokens.start(i), tokens.end(i), false);
        }
        return getLowerCase(tokens.source(), tokens.start(i), tokens.end(i));
    }

    /**
     * True when lower-casing {@code c} on its own gives what lower-casing a whole string gives at
     * that place. Not so for a dotted capital I (two characters in lower case), a capital sigma
     * (final or not depending on its neighbours) and surrogates (cased as code points); a text
     * holding one of those is lower-cased the slow way.
     */
    static boolean lowersAlone(char c) {
        return c < '\u0130' || (c != '\u0130' && c != '\u03A3' && !Character.isSurrogate(c));
    }

    private static boolean equal(String key, CharSequence text, int start) {
        if (text instanceof String string) {
            return string.regionMatches(start, key, 0, key.length());
        }
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalLowerCase(String key, CharSequence text, int start) {
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != lower(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    /** {@link Character#toLowerCase(char)} with ASCII, most of the text, answered first. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    private static int hash(CharSequence text, int start, int end) {
        int hash = 0;
        for (int p = start; p < end; p++) {
            hash = 31 * hash + text.charAt(p);
        }
        return hash;
    }

    /** Mixes the high bits in: keys that differ only in their last characters land apart. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The filter bit of a hash, mixed differently from {@link #spread} so that the two are independent. */
    private int filterBit(int hash) {
        int h = hash * 0x85EBCA6B;
        return (h ^ (h >>> 15)) & filterMask;
    }
}
