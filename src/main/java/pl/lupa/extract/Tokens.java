package pl.lupa.extract;

import java.util.Arrays;

/**
 * The text cut once into tokens that all recognisers share: runs of letters and digits (a
 * {@link #WORD} when it holds a letter, a {@link #NUM} when it is digits only) and single
 * punctuation characters. Whitespace, including the non-breaking spaces used as thousand
 * separators, only separates tokens; whether two tokens touch is read from their offsets.
 *
 * <p>Offsets instead of substrings keep the cut cheap: a token's text is only materialised
 * when a recogniser actually needs it. The hash of every token is taken during the cut, while
 * its characters pass by anyway, so that looking a token up in a {@link SpanMap} does not read
 * them a second time.
 */
final class Tokens {

    static final byte WORD = 0;
    static final byte NUM = 1;
    static final byte PUNCT = 2;

    /** Character classes for the cut; a digit or a letter continues a word. */
    private static final byte OTHER = 0;

    private static final byte SPACE = 1;
    private static final byte DIGIT = 2;
    private static final byte LETTER = 3;
    private static final byte CLASS = 3;
    /** Added to the class of a character that lower-casing changes. */
    private static final byte CASED = 4;

    /**
     * The class of every UTF-16 unit, worked out once: asking {@link Character} about each
     * character of every article was a large part of the cut's cost.
     */
    private static final byte[] CLASSES = classes();

    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private int[] hashes;
    private boolean[] lowerCase;
    /**
     * What the dictionary says of each token and its lower case, kept once asked: discovery asks
     * about the same words around every candidate, list after list.
     */
    private String[][] lemmaMemo;

    private String[] lowerMemo;
    private byte[] classMemo;

    private Tokens(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 5);
        starts = new int[capacity];
        ends = new int[capacity];
        kinds = new byte[capacity];
        hashes = new int[capacity];
        lowerCase = new boolean[capacity];
    }

    static Tokens of(String text) {
        Tokens tokens = new Tokens(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int cls = CLASSES[c];
            if ((cls & CLASS) == SPACE) {
                i++;
            } else if ((cls & CLASS) >= DIGIT) {
                int start = i;
                int hash = 0;
                int seen = 0; // the classes of the token's characters, or-ed: a letter sets the low bit
                do {
                    seen |= cls;
                    hash = 31 * hash + c;
                    i++;
                } while (i < n && ((cls = CLASSES[c = text.charAt(i)]) & CLASS) >= DIGIT);
                tokens.add(start, i, (seen & CLASS) == DIGIT ? NUM : WORD, hash, (seen & CASED) == 0);
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                tokens.add(i, i + 2, PUNCT, 31 * c + text.charAt(i + 1), false);
                i += 2;
            } else {
                tokens.add(i, i + 1, PUNCT, c, (cls & CASED) == 0);
                i++;
            }
        }
        return tokens;
    }

    private static byte[] classes() {
        byte[] classes = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            byte cls = isSpace(ch) ? SPACE : ch >= '0' && ch <= '9' ? DIGIT : isWordChar(ch) ? LETTER : OTHER;
            boolean cased = Character.toLowerCase(ch) != ch || !SpanMap.lowersAlone(ch);
            classes[c] = (byte) (cased ? cls | CASED : cls);
        }
        return classes;
    }

    static boolean isSpace(char c) {
        return c == ' '
                || c == '\n'
                || c == '\t'
                || c == '\r'
                || c == '\u00A0'
                || c == '\u202F'
                || c == '\u2007'
                || c == '\u2009'
                || c == '\u200B'
                || c == '\uFEFF'
                || (c > 127 && Character.isWhitespace(c));
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        // combining marks keep decomposed Polish letters (e + ogonek) inside their word
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void add(int start, int end, byte kind, int hash, boolean lower) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            lowerCase = Arrays.copyOf(lowerCase, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        hashes[size] = hash;
        lowerCase[size] = lower;
        size++;
    }

    String source() {
        return text;
    }

    int size() {
        return size;
    }

    /** The lemmas kept for token {@code i}, or null when none were asked yet. */
    String[] keptLemmas(int i) {
        return lemmaMemo == null ? null : lemmaMemo[i];
    }

    void keepLemmas(int i, String[] lemmas) {
        if (lemmaMemo == null) {
            lemmaMemo = new String[size][];
        }
        lemmaMemo[i] = lemmas;
    }

    /** The dictionary class kept for token {@code i} as its ordinal plus one, 0 when none was asked yet. */
    int keptClass(int i) {
        return classMemo == null ? 0 : classMemo[i];
    }

    void keepClass(int i, int ordinal) {
        if (classMemo == null) {
            classMemo = new byte[size];
        }
        classMemo[i] = (byte) (ordinal + 1);
    }

    /** Token {@code i} in lower case. */
    String lower(int i) {
        if (lowerMemo == null) {
            lowerMemo = new String[size];
        }
        String lower = lowerMemo[i];
        if (lower == null) {
            lower = text(i).toLowerCase(java.util.Locale.ROOT);
            lowerMemo[i] = lower;
        }
        return lower;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    byte kind(int i) {
        return kinds[i];
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kinds[i] == WORD;
    }

    boolean isNum(int i) {
        return i >= 0 && i < size && kinds[i] == NUM;
    }

    /** The hash of token {@code i}, equal to {@code text(i).hashCode()}. */
    int hash(int i) {
        return hashes[i];
    }

    /**
     * True when lower-casing token {@code i} ({@code toLowerCase(Locale.ROOT)}) leaves it as it is,
     * so that a lower-case lookup of it is an exact one.
     */
    boolean isLowerCase(int i) {
        return lowerCase[i];
    }

    int length(int i) {
        return ends[i] - starts[i];
    }

    char first(int i) {
        return text.charAt(starts[i]);
    }

    String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The text from the start of token {@code from} to the end of token {@code to}, inclusive. */
    String span(int from, int to) {
        return text.substring(starts[from], ends[to]);
    }

    /** True when token {@code i} directly follows token {@code i - 1} with no space between. */
    boolean touchesPrevious(int i) {
        return i > 0 && i < size && starts[i] == ends[i - 1];
    }

    /** True when token {@code i} exists and is exactly {@code s} (case-sensitive). */
    boolean is(int i, String s) {
        return i >= 0
                && i < size
                && ends[i] - starts[i] == s.length()
                && text.regionMatches(starts[i], s, 0, s.length());
    }

    /** True when token {@code i} exists and equals {@code s} ignoring case. */
    boolean isIgnoreCase(int i, String s) {
        return i >= 0
                && i < size
                && ends[i] - starts[i] == s.length()
                && text.regionMatches(true, starts[i], s, 0, s.length());
    }

    /** True when token {@code i} is the single punctuation character {@code c}. */
    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && kinds[i] == PUNCT && text.charAt(starts[i]) == c;
    }

    /** The numeric value of a token of ASCII digits; only call on short {@link #NUM} tokens. */
    int intValue(int i) {
        int value = 0;
        for (int p = starts[i]; p < ends[i]; p++) {
            value = value * 10 + (text.charAt(p) - '0');
        }
        return value;
    }

    /** True when a line break separates token {@code i} from the one before it. */
    boolean lineBreakBefore(int i) {
        int from = i == 0 ? 0 : ends[i - 1];
        for (int p = from; p < starts[i]; p++) {
            char c = text.charAt(p);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
