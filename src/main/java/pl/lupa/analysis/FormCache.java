package pl.lupa.analysis;

import java.util.Arrays;

/**
 * Surface form → index terms, for one analysis thread, looked up by the token's own buffer so a
 * hit allocates nothing.
 *
 * <p>Open addressing with the full hash of each key kept beside it: a probe compares two ints
 * and touches a key's characters only when the hashes agree. Lucene's {@code CharArrayMap},
 * used before, compares characters at every probe and fills its table to 80%; with a cache of
 * some hundred thousand forms those probes missed the processor caches and were an eighth of
 * indexing time. The table starts small and doubles while under half full, so a thread that
 * analyses a few queries holds a few kilobytes; at {@code maxSize} forms it starts over.
 */
final class FormCache {

    private final int maxSize;
    private int[] hashes;
    private char[][] keys;
    private String[][] values;
    private int size;

    FormCache(int maxSize) {
        this.maxSize = maxSize;
        allocate(1024);
    }

    /** The hash {@link #get} and {@link #put} expect for {@code buffer[0, length)}. */
    static int hash(char[] buffer, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + buffer[i];
        }
        h *= 0x9E3779B9; // spread the low bits, which pick the slot
        return h ^ (h >>> 16);
    }

    /** The cached terms of {@code buffer[0, length)}, or null. */
    String[] get(char[] buffer, int length, int hash) {
        int mask = hashes.length - 1;
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && matches(keys[slot], buffer, length)) {
                return values[slot];
            }
        }
        return null;
    }

    /** Caches the terms of a form not yet cached. */
    void put(char[] buffer, int length, int hash, String[] terms) {
        if (size >= maxSize) {
            allocate(hashes.length);
            size = 0;
        } else if (2 * (size + 1) > hashes.length) {
            grow();
        }
        insert(Arrays.copyOf(buffer, length), hash, terms);
        size++;
    }

    int size() {
        return size;
    }

    private void insert(char[] key, int hash, String[] terms) {
        int mask = hashes.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        keys[slot] = key;
        values[slot] = terms;
    }

    private void grow() {
        int[] oldHashes = hashes;
        char[][] oldKeys = keys;
        String[][] oldValues = values;
        allocate(oldHashes.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }

    private void allocate(int capacity) {
        hashes = new int[capacity];
        keys = new char[capacity][];
        values = new String[capacity][];
    }

    private static boolean matches(char[] key, char[] buffer, int length) {
        return key.length == length && Arrays.equals(key, 0, length, buffer, 0, length);
    }
}
